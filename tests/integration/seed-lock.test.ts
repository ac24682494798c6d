import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { withSeedLock } from '../../src/db/seed-lock.js';
import { connectTestDatabase } from '../support/database.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { runScript } from '../support/processes.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.close());

const env = () => ({
  ...testNeo4jEnv(),
});

describe('npm run seed is exclusive', () => {
  it('refuses with a message, and changes nothing, while another seed holds the lock', async () => {
    await withSeedLock(db, async () => {
      const second = await runScript('src/cli/seed.ts', env(), 120_000);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('Another seed (pid');
      expect(second.stdout).not.toMatch(/created|updated/);
    });
    const after = await runScript('src/cli/seed.ts', env(), 120_000);
    expect(after.code).toBe(0);
    expect((await db.read('MATCH (l:SeedLock) RETURN count(l) AS n'))[0]?.n).toBe(0);
  }, 300_000);
});
