import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestBudget } from '../../src/db/concurrency.js';
import type { Database } from '../../src/db/database.js';
import { DomainError } from '../../src/domain-error.js';
import { VersionKeyedCache } from '../../src/graph/version-keyed-cache.js';
import { connectTestDatabase } from '../support/database.js';

/** A computation that answers, or fails as its own request's deadline would, after `ms`. */
const settleAfter = (ms: number, settle: () => string) =>
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
  /** The first request's question, computed by `compute`; resolves once its computation runs (after its version read). */
  const firstAsks = async (cache: VersionKeyedCache<string>, compute: () => Promise<string>) => {
    let running!: () => void;
    const started = new Promise<void>((resolve) => {
      running = resolve;
    });
    const answer = cache.get(within(60_000), 'question', () => {
      running();
      return compute();
    });
    answer.catch(() => {});
    await started;
    return { answer };
  };

  it('keeps its own deadline: it computes again when the first request ran out of time', async () => {
    const cache = new VersionKeyedCache<string>(10);
    // Joins once the first computation runs.
    const { answer: first } = await firstAsks(cache, () =>
      settleAfter(1_500, () => {
        throw new Error('the first request ran out of time');
      }),
    );
    const second = cache.get(within(30_000), 'question', () =>
      settleAfter(10, () => 'second answer'),
    );
    await expect(first).rejects.toThrow('ran out of time');
    await expect(second).resolves.toBe('second answer');
  });

  it('waits no longer than its own deadline for a long computation', async () => {
    const cache = new VersionKeyedCache<string>(10);
    const { answer: first } = await firstAsks(cache, () =>
      settleAfter(5_000, () => 'first answer'),
    );
    const started = Date.now();
    const second = await cache
      .get(within(1_500), 'question', () => settleAfter(10, () => 'unused'))
      .catch((error: unknown) => error);
    expect(second instanceof DomainError && second.code).toBe('QUERY_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(4_000);
    await expect(first).resolves.toBe('first answer');
  });
});
