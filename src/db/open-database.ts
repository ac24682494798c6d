import type { DatabaseTarget } from '../config.js';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { connectDatabase } from './connect.js';
import type { Database } from './database.js';

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
}

/** Connects to NEO4J_URI, or starts the local Neo4j first when no URI is configured. */
export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<OpenDatabase> {
  const local =
    target.kind === 'local'
      ? await startLocalNeo4j({ ...target, ...(options.log ? { log: options.log } : {}) })
      : undefined;
  const connect = local
    ? { uri: local.uri }
    : (target as Extract<DatabaseTarget, { kind: 'remote' }>);
  let db: Database | undefined;
  try {
    db = await connectDatabase(connect);
    const pingDb = await connectDatabase({ ...connect, poolSize: 1 });
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
