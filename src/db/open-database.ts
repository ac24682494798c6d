import type { DatabaseTarget } from '../config.js';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { connectDatabase } from './connect.js';
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

/** Connects to NEO4J_URI, or starts the local Neo4j first when no URI is configured. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  const local = target.kind === 'local' ? await startLocalNeo4j(target) : undefined;
  const options = local
    ? { uri: local.uri }
    : (target as Extract<DatabaseTarget, { kind: 'remote' }>);
  let db: Database | undefined;
  try {
    db = await connectDatabase(options);
    // A connection attempt stuck in a restarting server is dropped when its ping gives up, so the
    // next ping gets the one connection (it waited 10 s for it, and /ready lagged as long).
    const pingDb = await connectDatabase({ ...options, poolSize: 1, timeoutMs: PING_TIMEOUT_MS });
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
