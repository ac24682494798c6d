import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { loadServingConfig } from '../../src/config.js';
import { listen } from '../../src/server.js';
import { createApp } from '../../src/yoga.js';
import { useCuratedApp } from '../support/curated-app.js';
import { codes, postQuery, send } from '../support/http.js';

const { app: devApp, db } = useCuratedApp();
const production = (env: Record<string, string> = {}) =>
  createApp({ db: db() }, loadServingConfig({ NODE_ENV: 'production', ...env }));

describe('NODE_ENV=production defaults', () => {
  it('sends no CORS headers unless CORS_ORIGINS allows the origin, never with credentials', async () => {
    const preflight = (app: ReturnType<typeof production>, origin: string) =>
      send(app, '/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const closed = await preflight(production(), 'https://evil.example');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const listed = production({ CORS_ORIGINS: 'https://dash.example' });
    const allowed = await preflight(listed, 'https://dash.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example');
    expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
    const other = await preflight(listed, 'https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    const dev = await preflight(devApp(), 'https://evil.example');
    expect(dev.headers.get('access-control-allow-credentials')).not.toBe('true');
  });

  it('refuses cross-site form posts and bare GETs (CSRF), in every mode', async () => {
    const form = await send(devApp(), '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('{ __typename }')}`,
    });
    expect(form.status).toBe(403);
    const bareGet = await send(devApp(), `/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(bareGet.status).toBe(403);
    const withHeader = await send(
      devApp(),
      `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      {
        headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(withHeader.status).toBe(200);
  });

  it('keeps GraphiQL and introspection on with GRAPHIQL=on, under the same cost limits', async () => {
    const on = production({ GRAPHIQL: 'on' });
    const page = await send(on, '/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>solidarity-graph</title>');
    expect(page.text).not.toContain('GraphiQL is off');
    const schema = await postQuery(on, '{ __schema { queryType { name } } }');
    expect(schema.body.errors).toBeUndefined();
    // An introspection far deeper than GraphiQL's own is still refused by the limits.
    const nested =
      'fields { type { fields { type { fields { type { fields { type { name } } } } } } } }';
    const dear = await postQuery(on, `{ __schema { types { ${nested} } } }`);
    expect(dear.body.errors?.[0]?.message).toMatch(/introspection depth|cost/i);
  });

  it('turns off GraphiQL, introspection, field suggestions and the stats header', async () => {
    // A browser gets a page that says why and how to turn GraphiQL on, never an empty 406.
    const page = await send(production(), '/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).toContain('GraphiQL is off on this server');
    expect(page.text).toContain('GRAPHIQL=on');
    expect(page.text).not.toContain('graphiql.min.js');
    const devPage = await send(devApp(), '/graphql', { headers: { accept: 'text/html' } });
    expect(devPage.text).toContain('<html');

    const introspection = await postQuery(production(), '{ __schema { types { name } } }');
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(
      (await postQuery(devApp(), '{ __schema { types { name } } }')).body.errors,
    ).toBeUndefined();

    const typo = await postQuery(production(), '{ actr(key: "mes") { key } }');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const devTypo = await postQuery(devApp(), '{ actr(key: "mes") { key } }');
    expect(devTypo.body.errors?.[0]?.message).toMatch(/Did you mean "actor"/);

    const query = '{ actor(key: "mes") { key } }';
    const stats = await postQuery(production(), query, { 'x-graph-stats': '1' });
    expect(stats.text).not.toContain('roundTrips');
    const devStats = await postQuery(devApp(), query, { 'x-graph-stats': '1' });
    expect(devStats.text).toContain('roundTrips');
    const off = createApp({ db: db() }, loadServingConfig({ GRAPH_STATS_HEADER: '0' }));
    expect((await postQuery(off, query, { 'x-graph-stats': '1' })).text).not.toContain(
      'roundTrips',
    );
  });

  it('sets security headers and refuses bodies over the limit with 413', async () => {
    const response = await postQuery(production(), '{ __typename }');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const small = production({ BODY_LIMIT_BYTES: '1000' });
    const big = await postQuery(small, `{ __typename ${' '.repeat(2_000)} }`);
    expect(big.status).toBe(413);
    expect(codes(big)).toEqual(['BAD_REQUEST']);
  });
});

describe('over HTTP', () => {
  it('limits requests per client and minute (429) and refuses bodies without a length (411)', async () => {
    const app = createApp({ db: db() }, loadServingConfig({ RATE_LIMIT_PER_MINUTE: '5' }));
    const server = await listen(app, 0, '127.0.0.1', { requestTimeoutMs: 15_000 });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(server.headersTimeout).toBe(10_000);
      expect(server.requestTimeout).toBe(20_000);
      const post = () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await post()).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const limited = await post();
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        ((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
          ?.extensions.code,
      ).toBe('RATE_LIMITED');

      const chunked = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write('{"query":');
        req.end('"{ __typename }"}');
      });
      expect(chunked).toBe(411);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
