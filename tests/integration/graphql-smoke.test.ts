import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createApp } from '../../src/yoga.js';
import { connectTestDatabase } from '../support/database.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.close());

describe('GraphQL endpoint', () => {
  it('answers { __typename } at /graphql', async () => {
    const app = createApp({ db });
    const response = await app.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
