import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLauncherBuilt, LAUNCHER_JAR, LAUNCHER_LIBS } from './build-launcher.js';
import { checkJavaAndMaven, LauncherError } from './java-tools.js';

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap?: string;
  pageCacheMiB?: number;
  /** Require authentication (user neo4j, no password set): only tests of bad credentials need it. */
  auth?: boolean;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  logFile: string;
  /** Shuts the database down cleanly (SIGTERM, then SIGKILL after 30 s). */
  stop(): Promise<void>;
}

// From neo4j.conf: without these Neo4j falls back to slower I/O paths on Java 17.
const JVM_OPENS = ['java.base/java.nio', 'java.base/java.io', 'java.base/sun.nio.ch'].map(
  (pkg) => `--add-opens=${pkg}=ALL-UNNAMED`,
);

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort on any exit path; the launcher also exits by itself when our stdin pipe closes.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

async function waitForBolt(uri: string, deadline: number): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), {
    connectionTimeout: 2_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    for (;;) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

/** Builds the launcher when needed, starts Neo4j, and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? console.log;
  const { java } = checkJavaAndMaven();
  await ensureLauncherBuilt(log);
  mkdirSync(options.dataDir, { recursive: true });
  const logFile = join(options.dataDir, 'launcher.log');
  const logStream = createWriteStream(logFile, { flags: 'a' });
  const args = [
    `-Xms${options.heap ?? '512m'}`,
    `-Xmx${options.heap ?? '512m'}`,
    '-XX:+UseG1GC',
    ...JVM_OPENS,
    '-cp',
    `${LAUNCHER_JAR}:${join(LAUNCHER_LIBS, '*')}`,
    'org.solidaritygraph.neo4jlocal.Neo4jLocal',
    '--port',
    String(options.port),
    '--data',
    options.dataDir,
    '--page-cache-mib',
    String(options.pageCacheMiB ?? 256),
    '--exit-on-stdin-eof',
    ...(options.auth ? ['--auth'] : []),
  ];
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  killAllOnExit();

  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    logStream.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
  });

  const uri = `bolt://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('neo4j-local: ready')) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(check, 100);
    };
    check();
  });
  const outcome = await Promise.race([
    ready.then(() => 'ready' as const),
    exited.then(() => 'exited' as const),
  ]).catch(() => 'timeout' as const);
  if (outcome !== 'ready') {
    child.kill('SIGKILL');
    throw new LauncherError(
      `Local Neo4j did not start on port ${options.port} (${outcome}). Last lines of ${logFile}:\n` +
        lastLines(output, 25),
    );
  }
  if (!options.auth) {
    try {
      await waitForBolt(uri, deadline);
    } catch (error) {
      child.kill('SIGKILL');
      throw new LauncherError(
        `Local Neo4j printed ready but Bolt at ${uri} does not answer: ${error}`,
      );
    }
  }
  log(`Local Neo4j ready at ${uri} (data in ${options.dataDir}).`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => logStream.end(resolve));
    })();
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, logFile, stop };
}
