import { loadConfig } from './config.js';
import { formatSummary } from './dataset/load.js';
import { seedDatabase } from './dataset/seed-database.js';
import { type OpenDatabase, openDatabase } from './db/open-database.js';
import { refreshPlannerStatistics } from './db/planner-statistics.js';
import { withSeedLock } from './db/seed-lock.js';
import { describeStartupError } from './errors.js';
import { readGraphVersion } from './history/graph-version.js';
import { applySchema } from './model/apply-schema.js';

// `npm run seed`: validate data/ and make the curated graph equal to it (local Neo4j or NEO4J_URI).
let open: OpenDatabase | undefined;
try {
  open = await openDatabase(loadConfig().database);
  const db = open.db;
  await applySchema(db);
  await withSeedLock(db, async () => {
    console.log('Loading the curated dataset from data/ ...');
    console.log(formatSummary(await seedDatabase(db)));
    // A load that changed something bumped it, so caches and citations keyed on it see the reload.
    console.log(`graph version: ${(await readGraphVersion(db)).version}`);
  });
  // Plans cached before the load were made for another graph.
  await refreshPlannerStatistics(db);
} catch (error) {
  console.error(describeStartupError(error));
  process.exitCode = 1;
} finally {
  await open?.close();
}
