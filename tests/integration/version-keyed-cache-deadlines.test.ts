import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestBudget } from '../../src/db/concurrency.js';
import type { Database } from '../../src/db/database.js';
import { DomainError } from '../../src/domain-error.js';
import { VersionKeyedCache } from '../../src/graph/version-keyed-cache.js';
import { connectTestDatabase } from '../support/database.js';

/** A computation that answers, or fails as its own request's deadline would, after `ms`. */
const after = (ms: number, settle: () => string) =>
  new Promise<string>((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(settle());
      } catch (error) {
        reject(error);
      }
    }, ms),
  );

// Two requests ask the same question on the real database, each with its own deadline.
describe('VersionKeyedCache: a request that joins a running computation', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const within = (ms: number) => db.within(createRequestBudget(ms, 4));

  it('keeps its own deadline: it computes again when the first request ran out of time', async () => {
    const cache = new VersionKeyedCache<string>(10);
    let running!: () => void;
    const started = new Promise<void>((resolve) => {
      running = resolve;
    });
    const first = cache.get(within(60_000), 'question', () => {
      running();
      return after(300, () => {
        throw new Error('the first request ran out of time');
      });
    });
    // Joins once the first computation runs (after its own version read).
    await started;
    const second = cache.get(within(30_000), 'question', () => after(10, () => 'second answer'));
    await expect(first).rejects.toThrow('ran out of time');
    await expect(second).resolves.toBe('second answer');
  });

  it('waits no longer than its own deadline for a long computation', async () => {
    const cache = new VersionKeyedCache<string>(10);
    let running!: () => void;
    const computing = new Promise<void>((resolve) => {
      running = resolve;
    });
    const first = cache.get(within(60_000), 'question', () => {
      running();
      return after(3_000, () => 'first answer');
    });
    await computing;
    const started = Date.now();
    const second = await cache
      .get(within(800), 'question', () => after(10, () => 'unused'))
      .catch((error: unknown) => error);
    expect(second instanceof DomainError && second.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(2_500);
    await expect(first).resolves.toBe('first answer');
  });
});
