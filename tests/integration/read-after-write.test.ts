import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase } from '../support/database.js';

// The test database is a direct (bolt://) connection, whose reads skip the shared bookmarks: each
// read still sees every write committed before it.
let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => {
  await db.write('MATCH (n:ReadAfterWriteProbe) DELETE n');
  await db.close();
});

describe('reads on a direct connection', () => {
  it('see each write committed just before them, single writes and transactions alike', async () => {
    for (let step = 1; step <= 20; step += 1) {
      if (step % 2 === 0) await db.write('CREATE (:ReadAfterWriteProbe {step: $step})', { step });
      else {
        await db.writeTransaction((tx) =>
          tx.run('CREATE (:ReadAfterWriteProbe {step: $step})', { step }),
        );
      }
      const [row] = await db.read('MATCH (n:ReadAfterWriteProbe) RETURN count(n) AS count');
      expect(row).toEqual({ count: step });
    }
  });

  it('see writes made on another session at the same time', async () => {
    const writes = Array.from({ length: 10 }, (_, i) =>
      db.write('CREATE (:ReadAfterWriteProbe {step: $step})', { step: 100 + i }),
    );
    await Promise.all(writes);
    const [row] = await db.read(
      'MATCH (n:ReadAfterWriteProbe) WHERE n.step >= 100 RETURN count(n) AS count',
    );
    expect(row).toEqual({ count: 10 });
  });
});
