import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { readGraphVersion } from '../../src/history/graph-version.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';
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
      NEO4J_URI: inject('neo4jUri'),
      NEO4J_USER: inject('neo4jUser'),
      NEO4J_PASSWORD: inject('neo4jPassword'),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('graph version: 1');
    expect(await readGraphVersion(db)).toMatchObject({ version: 1, changedAt: expect.any(String) });
  });
});
