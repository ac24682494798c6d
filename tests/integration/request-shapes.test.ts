import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendRaw } from '../../reliability/raw-http.js';
import { loadServingConfig } from '../../src/config.js';
import { listen } from '../../src/server.js';
import { createApp } from '../../src/yoga.js';
import { useCuratedApp } from '../support/curated-app.js';

const { db } = useCuratedApp();
let server: Awaited<ReturnType<typeof listen>>;
let port: number;
beforeAll(async () => {
  const serving = loadServingConfig({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0' });
  server = await listen(createApp({ db: db() }, serving), 0, '127.0.0.1', serving);
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server?.close();
  server?.closeAllConnections();
});

const LEAK = /\bat [\w.<>]+ \(|node_modules|whatwg|TypeError|\/work\/|\.js:\d/;

function post(body: string) {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

describe('requests that are not GraphQL operations for this schema', () => {
  it.each([
    'TRACE * HTTP/1.1\r\nHost: api',
    'OPTIONS * HTTP/1.1\r\nHost: api',
    'GET * HTTP/1.0',
    'GET http://api.example/graphql?query=%7BapiVersion%7D HTTP/1.1\r\nHost: api',
    'GET /graphql?query=%7BapiVersion%7D HTTP/1.1\r\nHost: a b',
    'GET /graphql HTTP/1.1\r\nHost: [',
    'CONNECT api:443 HTTP/1.1\r\nHost: api:443',
  ])('answers an unparseable request target (%j) with 400 and a one-line message', async (head) => {
    const answer = await sendRaw(port, head);
    expect(answer.status).toBe(400);
    expect(answer.text.split('\n')).toHaveLength(1);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.text).not.toMatch(LEAK);
  });

  it('answers an operation type the schema lacks as a validation error (400)', async () => {
    for (const query of ['subscription { apiVersion }', 'subscription S { x { y } }']) {
      const response = await post(JSON.stringify({ query }));
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0]?.message).toContain('no subscription operations');
    }
  });

  it('refuses variables nested 5,000 deep with 400 BAD_REQUEST', async () => {
    const deep = `${'['.repeat(5_000)}1${']'.repeat(5_000)}`;
    const response = await post(
      `{"query":"query($k: [String!]) { actors(first: 1) { edges { node { key } } } }","variables":{"k":${deep}}}`,
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('BAD_REQUEST');
    expect(text).not.toMatch(LEAK);
    // Ordinary nesting (a list of keys) is untouched.
    const keys = await post(
      JSON.stringify({
        query: 'query($k: [String!]!) { entities(keys: $k) { key } }',
        variables: { k: ['mes'] },
      }),
    );
    expect(keys.status).toBe(200);
  });
});
