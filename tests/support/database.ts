import { inject } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';

/** The test database that the global setup started (or NEO4J_URI named). */
export function connectTestDatabase(): Promise<Database> {
  return connectDatabase({
    uri: inject('neo4jUri'),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
  });
}

/** Empties the one user database; each test file that needs a known state starts from here. */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}
