import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase } from '../support/database.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.close());

describe('the data-access module', () => {
  it('sends reads in READ mode, so a cluster can route them to secondaries (a write is refused)', async () => {
    await expect(db.read('CREATE (:RoutingProbe) RETURN 1')).rejects.toThrow(
      /read access mode|READ/i,
    );
    expect(await db.read('MATCH (n:RoutingProbe) RETURN n')).toEqual([]);
  });

  it('sends writes in WRITE mode', async () => {
    await db.write('CREATE (:RoutingProbe)');
    expect(await db.read('MATCH (n:RoutingProbe) RETURN count(n) AS count')).toEqual([
      { count: 1 },
    ]);
    await db.write('MATCH (n:RoutingProbe) DELETE n');
  });
});
