import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from '../../scripts/api-node-flags.js';
import { apiBuildIsStale, buildApi } from '../../scripts/build-api.js';
import type { Database } from '../../src/db/database.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { createApp } from '../../src/yoga.js';
import { buildExplorer, explorerBuilt } from '../../web/bundle.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { testNeo4j, testNeo4jEnv } from '../support/neo4j-pool.js';
import { PROJECT_ROOT, startNode } from '../support/processes.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  if (apiBuildIsStale()) await buildApi();
  if (!(await explorerBuilt())) await buildExplorer();
});
afterAll(() => db?.close());

describe('the compiled API (npm start)', () => {
  it('serves the graph, the explorer and the data-driven exports with plain node, from any directory', async () => {
    const port = await freePort();
    // No tsx loader: plain node on the compiled files, started outside the project directory.
    const server = startNode([...API_NODE_FLAGS, `${PROJECT_ROOT}dist/main.js`], {
      cwd: tmpdir(),
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        ...testNeo4jEnv(),
        PORT: String(port),
      },
    });
    try {
      await expect
        .poll(() => server.output(), { timeout: 170_000, interval: 200 })
        .toContain('solidarity-graph ready');
      const base = `http://127.0.0.1:${port}`;
      // Printed only once /ready answers 200, with where to go and the database in use.
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      const shown = `http://localhost:${port}`;
      expect(server.output()).toContain(`(${shown}/ready answers 200)`);
      expect(server.output()).toContain(`explorer:  ${shown}/\n`);
      expect(server.output()).toContain(`GraphiQL:  ${shown}/graphql\n`);
      expect(server.output()).toMatch(
        new RegExp(`exports: +${shown}/export/graph\\.gexf \\(also .*actors\\.geojson\\)`),
      );
      expect(server.output()).toContain(`database:  NEO4J_URI ${testNeo4j().uri}`);
      const graphql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "mes") { key } }' }),
      });
      expect(await graphql.json()).toEqual({ data: { entity: { key: 'mes' } } });
      // web/dist/ and data/ are found from dist/, as they were from src/.
      expect(await (await fetch(`${base}/`)).text()).toContain('<html');
      expect((await fetch(`${base}/export/graph.json`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  }, 200_000);
});

describe("yoga's parse and validation caches", () => {
  it('are on: a repeated document is parsed and validated once', () => {
    const app = createApp({ db });
    const { parse, validate, schema } = app.getEnveloped({ request: new Request('http://t/') });
    const source = '{ entity(key: "mes") { key name } }';
    const document = parse(source);
    expect(parse(source)).toBe(document);
    const errors = validate(schema, document);
    expect(errors).toEqual([]);
    expect(validate(schema, document)).toBe(errors);
  });
});
