import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { readGraphVersion } from '../../src/history/graph-version.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { runScript } from '../support/processes.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await emptyDatabase(db);
});
afterAll(() => db?.close());

describe('npm run seed', () => {
  it('bumps the graph version, so caches keyed on it see the reload', async () => {
    expect((await readGraphVersion(db)).version).toBe(0);
    const run = await runScript('src/cli/seed.ts', {
      ...testNeo4jEnv(),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('graph version: 1');
    expect(await readGraphVersion(db)).toMatchObject({ version: 1, changedAt: expect.any(String) });
  });
});
