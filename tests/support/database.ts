import { seedDatabase } from '../../src/dataset/seed-database.js';
import { connectDatabase } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { warmUntilDone } from '../../src/db/warm-readiness.js';
import { warmLaterPlans, warmSlowPlans } from '../../src/export/warm-plans.js';
import { applySchema } from '../../src/model/apply-schema.js';
import {
  graphFingerprint,
  readLoadedFingerprint,
  rememberLoadedFingerprint,
} from './graph-fingerprint.js';
import { testNeo4j } from './neo4j-pool.js';

/** The test database that the global setup started (or NEO4J_URI named). */
export function connectTestDatabase(): Promise<Database> {
  return connectDatabase(testNeo4j());
}

/** Empties this file's database (Community has one user database per Neo4j); each test file that needs a known state starts from here. */
export async function emptyDatabase(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/**
 * Empties the database and loads the curated dataset of data/ (or of `dir`). The curated graph of
 * data/ is loaded once per database: when the graph is exactly as the last load left it (same
 * fingerprint), the load and the plan warm-up are skipped.
 */
export async function loadCuratedGraph(db: Database, dir?: string): Promise<void> {
  const reusable = dir === undefined;
  if (reusable && (await graphFingerprint(db)) === readLoadedFingerprint()) return;
  await emptyDatabase(db);
  await applySchema(db);
  await seedDatabase(db, dir);
  // As `npm start` does: plans that take seconds to make must not eat a test's request deadline.
  // Retried: on a busy machine one attempt can hit the query deadline while Neo4j plans.
  // The later plans too: a test's first `relations` page must not plan a statement per type.
  await warmUntilDone(
    async () => {
      const ms = await warmSlowPlans(db);
      await warmLaterPlans(db);
      return ms;
    },
    { log: { info: () => {}, warn: console.warn } },
  );
  rememberLoadedFingerprint(reusable ? await graphFingerprint(db) : undefined);
}
