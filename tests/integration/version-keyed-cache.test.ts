import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, newQueryStats } from '../../src/db/database.js';
import { VersionKeyedCache } from '../../src/graph/version-keyed-cache.js';
import { connectTestDatabase } from '../support/database.js';

// Answers kept per graph version: never handed from one connection (one server) to another, even
// when both are at the same version (as two servers at 0 and no time, before any versioned write).
describe('VersionKeyedCache', () => {
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    first = await connectTestDatabase();
    second = await connectTestDatabase();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('keeps an answer per connection, shared by that connection’s views', async () => {
    const cache = new VersionKeyedCache<string>(10);
    let computed = 0;
    const answer = (db: Database) =>
      cache.get(db, 'question', async () => {
        computed += 1;
        return `answer ${computed}`;
      });
    expect(await answer(first)).toBe('answer 1');
    expect(await answer(first.withStats(newQueryStats()))).toBe('answer 1');
    // Another driver, here to the same server: its own answer, not the first connection's.
    expect(await answer(second)).toBe('answer 2');
    expect(await answer(second)).toBe('answer 2');
    expect(computed).toBe(2);
  });
});
