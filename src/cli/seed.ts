import { formatSummary } from '../dataset/load.js';
import { seedDatabase } from '../dataset/seed-database.js';
import { refreshPlannerStatistics } from '../db/planner-statistics.js';
import { withSeedLock } from '../db/seed-lock.js';
import { readGraphVersion } from '../history/graph-version.js';
import { withBoot } from './boot.js';
import { runCommand } from './run-command.js';

// `npm run seed`: validate data/ and make the curated graph equal to it (local Neo4j or NEO4J_URI).
runCommand(() =>
  withBoot({ seedIfEmpty: false, log: console.error }, async ({ db }) => {
    await withSeedLock(db, async () => {
      console.log('Loading the curated dataset from data/ ...');
      console.log(formatSummary(await seedDatabase(db)));
      // A load that changed something bumped it, so caches and citations keyed on it see the reload.
      console.log(`graph version: ${(await readGraphVersion(db)).version}`);
    });
    // Plans cached before the load were made for another graph.
    await refreshPlannerStatistics(db);
    return 0;
  }),
);
