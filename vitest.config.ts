import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One graphql instance: Pothos loads the CommonJS build, so the tests must too.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
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
          globalSetup: ['tests/support/global-setup.ts'],
          // Neo4j Community has one user database: files take turns so each can reset it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
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
          // After the integration tests, never beside them: both reset the one user database.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
