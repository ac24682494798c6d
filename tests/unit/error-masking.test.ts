import { type GraphQLError, locatedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createRequestBudget, withinBudget } from '../../src/db/concurrency.js';
import { mapDatabaseError } from '../../src/db/errors.js';
import { maskServerError } from '../../src/plugins/mask-errors.js';

/** What a client sees when a resolver's database call fails with `driverError`. */
function seenByClient(driverError: Error) {
  const resolverError = locatedError(mapDatabaseError(driverError, 15_000), undefined, ['actor']);
  const masked = maskServerError(resolverError, 'Unexpected error.', false) as GraphQLError;
  return { message: masked.message, extensions: masked.extensions, json: JSON.stringify(masked) };
}

describe('errors a client can act on keep their code', () => {
  it.each([
    ['ServiceUnavailable', 'Could not perform discovery: connect ECONNREFUSED 127.0.0.1:7687'],
    ['N/A', 'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100'],
    ['SessionExpired', 'Connection lost'],
  ])('%s gives DATABASE_UNAVAILABLE without the driver message', (code, message) => {
    const seen = seenByClient(new Neo4jError(message, code, 'N/A', 'N/A'));
    expect(seen.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(seen.json).not.toMatch(/ECONNREFUSED|Pool status|Connection lost/);
  });

  it('a server-side transaction timeout gives QUERY_TIMEOUT', () => {
    const timeout = new Neo4jError(
      'The transaction has been terminated.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'N/A',
      'N/A',
    );
    expect(seenByClient(timeout).extensions.code).toBe('QUERY_TIMEOUT');
  });

  it('any other error stays masked', () => {
    const seen = seenByClient(
      new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'),
    );
    expect(seen.message).toBe('Unexpected error.');
    expect(seen.json).not.toContain('Invalid input');
  });
});

describe('a request budget', () => {
  it('runs at most the allowed number of database calls at once', async () => {
    const budget = createRequestBudget(5_000, 3);
    let running = 0;
    let most = 0;
    const call = () =>
      withinBudget(budget, async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
      });
    await Promise.all(Array.from({ length: 20 }, call));
    expect(most).toBe(3);
  });

  it('answers QUERY_TIMEOUT at the deadline even if the call never settles', async () => {
    const budget = createRequestBudget(200, 2);
    const started = performance.now();
    const never = withinBudget(budget, () => new Promise<never>(() => {}));
    await expect(never).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives each call only the time left as its server-side timeout', async () => {
    const budget = createRequestBudget(1_000, 1);
    const granted = await withinBudget(budget, async (remainingMs) => remainingMs);
    expect(granted).toBeGreaterThan(0);
    expect(granted).toBeLessThanOrEqual(1_000);
  });
});
