import type { DatabaseTarget } from '../config.js';
import { type LocalNeo4j, startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { connectDatabase } from './connect.js';
import type { Database } from './database.js';

export interface OpenDatabase {
  db: Database;
  /** Set when this process started the local Neo4j and must stop it. */
  local?: LocalNeo4j;
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the local Neo4j first when no URI is configured. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  const local = target.kind === 'local' ? await startLocalNeo4j(target) : undefined;
  try {
    const db = await connectDatabase(
      local ? { uri: local.uri } : (target as Extract<DatabaseTarget, { kind: 'remote' }>),
    );
    return {
      db,
      local,
      close: async () => {
        await db.close().catch(() => {});
        await local?.stop();
      },
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}
