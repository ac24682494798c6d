import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export class LauncherError extends Error {}

const WAYS_OUT =
  'Either install them (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), ' +
  'or point NEO4J_URI at a running Neo4j 5 server (see README: "Use an existing Neo4j"), ' +
  'or run everything with Docker: docker compose up.';

/** The java binary to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  // Java 8 and older print "1.8.0_x".
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Fails with a message naming what is missing and the ways out when Java 17+ or Maven is absent. */
export function checkJavaAndMaven(env: NodeJS.ProcessEnv = process.env): { java: string } {
  const java = javaBinary(env);
  const javaRun = spawnSync(java, ['-version'], { encoding: 'utf8', env });
  if (javaRun.error || javaRun.status !== 0) {
    throw new LauncherError(
      `The local Neo4j needs Java 17 or newer, but "${java}" could not be run. ${WAYS_OUT}`,
    );
  }
  const major = parseJavaMajor(`${javaRun.stderr}${javaRun.stdout}`);
  if (major === undefined || major < 17) {
    throw new LauncherError(
      `The local Neo4j needs Java 17 or newer; "${java}" is Java ${major ?? 'of unknown version'}. ` +
        `Set JAVA_HOME to a JDK 17+. ${WAYS_OUT}`,
    );
  }
  const mvnRun = spawnSync('mvn', ['-v'], { encoding: 'utf8', env });
  if (mvnRun.error || mvnRun.status !== 0) {
    throw new LauncherError(
      `The local Neo4j is built with Maven, but "mvn" could not be run. ${WAYS_OUT}`,
    );
  }
  return { java };
}
