import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LauncherError } from './java-tools.js';

export const LAUNCHER_DIR = fileURLToPath(new URL('../../neo4j-local', import.meta.url));
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
export const LAUNCHER_JAR = join(TARGET_DIR, 'neo4j-local-1.0.0.jar');
export const LAUNCHER_LIBS = join(TARGET_DIR, 'lib');
const SOURCE_FILES = [
  join(LAUNCHER_DIR, 'pom.xml'),
  join(LAUNCHER_DIR, 'src/main/java/org/solidaritygraph/neo4jlocal/Neo4jLocal.java'),
];

/** True when the jar and its libraries exist and are newer than the pom and the source. */
export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIBS)) return false;
  const built = statSync(LAUNCHER_JAR).mtimeMs;
  return SOURCE_FILES.every((file) => statSync(file).mtimeMs <= built);
}

/** Runs `mvn package` once when needed, printing progress: the first build downloads ~120 MB. */
export async function ensureLauncherBuilt(
  log: (line: string) => void = console.log,
): Promise<void> {
  if (launcherIsBuilt()) return;
  log('Building the local Neo4j launcher with Maven (the first build downloads about 120 MB)...');
  mkdirSync(TARGET_DIR, { recursive: true });
  const logFile = join(TARGET_DIR, 'maven-build.log');
  const out = openSync(logFile, 'w');
  const started = Date.now();
  const ticker = setInterval(() => {
    log(`  still building (${Math.round((Date.now() - started) / 1000)} s)...`);
  }, 15_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('mvn', ['-B', '--no-transfer-progress', '-DskipTests', 'package'], {
        cwd: LAUNCHER_DIR,
        stdio: ['ignore', out, out],
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
      throw new LauncherError(`Maven build of neo4j-local failed (exit ${code}):\n${tail}`);
    }
  } finally {
    clearInterval(ticker);
  }
  log(`Local Neo4j launcher built in ${Math.round((Date.now() - started) / 1000)} s.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureLauncherBuilt().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
