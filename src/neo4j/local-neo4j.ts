import { type ChildProcess, spawn } from 'node:child_process';
import {
  accessSync,
  constants,
  createWriteStream,
  mkdirSync,
  openSync,
  type WriteStream,
} from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLauncherBuilt, LAUNCHER_JAR, LAUNCHER_LIBS } from './build-launcher.js';
import { portIsFree } from './free-port.js';
import { checkJavaAndMaven, LauncherError } from './java-tools.js';
import { describeLaunchFailure } from './launch-failure.js';
import { removeRunningRecord, writeRunningRecord } from './running-record.js';

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
  /** Resolves with the reason if the database exits without `stop()` being called. */
  crashed: Promise<string>;
}

/** Creates the data directory and opens the log, or says in one line why it cannot. */
function prepareDataDir(dataDir: string): { logFile: string; logStream: WriteStream } {
  const logFile = join(dataDir, 'launcher.log');
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
    // Opened synchronously, so that a read-only or full disk fails here rather than in an event.
    const fd = openSync(logFile, 'a');
    return { logFile, logStream: createWriteStream('', { fd }) };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LauncherError(
      `Cannot use ${dataDir} as the local Neo4j data directory (${reason}): ` +
        'set NEO4J_LOCAL_DATA to a writable directory with free space.',
    );
  }
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
  // Checked before Java starts: Neo4j itself says so only after half a minute, in a stack trace.
  if (!(await portIsFree(options.port))) {
    throw new LauncherError(
      `Port ${options.port} on 127.0.0.1 is already in use: stop the other database or set NEO4J_LOCAL_PORT.`,
    );
  }
  const { java } = checkJavaAndMaven();
  await ensureLauncherBuilt(log);
  const { logFile, logStream } = prepareDataDir(options.dataDir);
  // A disk that fills up later must not crash the API through an unhandled 'error' event.
  logStream.on('error', (error) => log(`Cannot write ${logFile}: ${error.message}`));
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

  // Only the tail of the output is kept, for error messages; the whole log goes to the file.
  let tail = '';
  let announcedReady: () => void = () => {};
  const announced = new Promise<void>((resolve) => {
    announcedReady = resolve;
  });
  const collect = (chunk: Buffer) => {
    logStream.write(chunk);
    tail = (tail + chunk.toString()).slice(-8_000);
    if (tail.includes('neo4j-local: ready')) announcedReady();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => {
      running.delete(child);
      resolve(`could not run ${java}: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve(`exited with ${signal ?? `code ${code}`}`);
    });
  });

  const fail = async (reason: string): Promise<never> => {
    child.kill('SIGKILL');
    await exited;
    await new Promise<void>((resolve) => logStream.end(resolve));
    throw new LauncherError(
      describeLaunchFailure(options.port, options.dataDir, reason, tail, logFile),
    );
  };

  const uri = `bolt://127.0.0.1:${options.port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  const deadline = Date.now() + startTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`no ready line within ${startTimeoutMs / 1000} s`),
      startTimeoutMs,
    );
  });
  const outcome = await Promise.race([announced.then(() => 'ready'), exited, timedOut]);
  clearTimeout(timer);
  if (outcome !== 'ready') await fail(outcome);
  if (!options.auth) {
    try {
      await waitForBolt(uri, deadline);
    } catch (error) {
      await fail(`printed ready but Bolt at ${uri} does not answer: ${error}`);
    }
  }
  log(`Local Neo4j ready at ${uri} (data in ${options.dataDir}, pid ${child.pid}).`);
  // Commands started while it runs find it here and use it rather than start a second one.
  const pid = child.pid ?? -1;
  writeRunningRecord(options.dataDir, {
    uri,
    port: options.port,
    pid,
    startedBy: process.pid,
    startedAt: new Date().toISOString(),
  });
  void exited.then(() => removeRunningRecord(options.dataDir, pid));

  let stopping: Promise<void> | undefined;
  const crashed = exited.then(
    (reason) => new Promise<string>((resolve) => (stopping ? undefined : resolve(reason))),
  );
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
  return { uri, pid, logFile, stop, crashed };
}
