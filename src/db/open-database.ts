import type { DatabaseTarget } from '../config.js';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { readRunningRecord } from '../neo4j/running-record.js';
import { type ConnectOptions, connectDatabase } from './connect.js';
import type { Database } from './database.js';
import { PING_TIMEOUT_MS } from './health.js';

export interface OpenDatabase {
  db: Database;
  /** A one-connection handle for readiness pings, so a busy pool cannot delay them. */
  pingDb: Database;
  /** Set when this process started the local Neo4j and must stop it. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where the local launcher reports (standard output unless given). */
  log?: (line: string) => void;
  /** Use the local Neo4j that another process runs on the same data directory, if one answers. */
  useRunning?: boolean;
}

/** The local Neo4j that a server or another command runs on this data directory, if it answers. */
async function runningLocal(
  dataDir: string,
  log: (line: string) => void,
): Promise<ConnectOptions | undefined> {
  const record = readRunningRecord(dataDir);
  if (!record) return undefined;
  try {
    const probe = await connectDatabase({ uri: record.uri, timeoutMs: 5_000, poolSize: 1 });
    await probe.close();
  } catch {
    // A record left by a process that died, its pid reused: start our own instead.
    return undefined;
  }
  log(`Using the local Neo4j already running at ${record.uri} (pid ${record.pid}).`);
  return { uri: record.uri };
}

/** Where to connect, and the local Neo4j this process started for it (to stop on close). */
async function resolveConnection(
  target: DatabaseTarget,
  options: OpenOptions,
): Promise<{ connect: ConnectOptions; local?: LocalNeo4j }> {
  if (target.kind === 'remote') return { connect: target };
  const log = options.log ?? console.log;
  const running = options.useRunning ? await runningLocal(target.dataDir, log) : undefined;
  if (running) return { connect: running };
  const local = await startLocalNeo4j({ ...target, log });
  return { connect: { uri: local.uri }, local };
}

/**
 * Connects to NEO4J_URI; without it, to the local Neo4j already running on the data directory
 * when asked to, else to one it starts (and stops on close).
 */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const { connect, local } = await resolveConnection(target, options);
  let db: Database | undefined;
  try {
    db = await connectDatabase(connect);
    // A connection attempt stuck in a restarting server is dropped when its ping gives up, so the
    // next ping gets the one connection (it waited 10 s for it, and /ready lagged as long).
    const pingDb = await connectDatabase({ ...connect, poolSize: 1, timeoutMs: PING_TIMEOUT_MS });
    const opened = db;
    return {
      db: opened,
      pingDb,
      local,
      close: async () => {
        await pingDb.close().catch(() => {});
        await opened.close().catch(() => {});
        await local?.stop();
      },
    };
  } catch (error) {
    await db?.close().catch(() => {});
    await local?.stop();
    throw error;
  }
}
