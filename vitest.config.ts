import { defineConfig } from 'vitest/config';
import { TEST_WORKERS } from './tests/support/neo4j-pool.js';

// Files that measure a deadline or a pause run alone, so that a neighbour's load cannot move them.
const TIMED_FILES = [
  'tests/integration/hung-database.test.ts',
  'tests/integration/outages.test.ts',
  'tests/integration/readiness.test.ts',
  'tests/integration/import-review.test.ts',
  // Dozens of requests back to back whose first plans can near the deadline beside another file.
  'tests/integration/api-batching.test.ts',
  'tests/integration/load.test.ts',
  'tests/integration/soak.test.ts',
];

export default defineConfig({
  resolve: {
    // One graphql instance: Pothos loads the CommonJS build, so the tests must too.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    maxWorkers: TEST_WORKERS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Reading data/ parses the gazetteer once per file (about 1 s, several on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: TIMED_FILES,
          globalSetup: ['tests/support/global-setup.ts'],
          // Each running file owns one Neo4j of the pool (tests/support/neo4j-pool.ts); a database
          // named by NEO4J_URI is one for all, so its files take turns.
          fileParallelism: !process.env.NEO4J_URI,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-timed',
          include: TIMED_FILES,
          globalSetup: ['tests/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // After the parallel files, never beside them.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/browser/support/build-web.ts'],
          fileParallelism: false,
          // One test walks the whole explorer story; a loaded machine needs the margin.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
