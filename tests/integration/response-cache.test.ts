import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServingConfig } from '../../src/config.js';
import { type Database, newQueryStats } from '../../src/db/database.js';
import { BUMP_GRAPH_VERSION } from '../../src/history/graph-version.js';
import { CACHE_HEADER } from '../../src/plugins/response-cache.js';
import { type App, createApp } from '../../src/yoga.js';
import { bearer, tokenFor } from '../support/auth.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { DatasetCopy } from '../support/dataset-copy.js';
import type { Answer } from '../support/graphql-client.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { runScript } from '../support/processes.js';

let db: Database;
let other: Database;
let app: App;
let curator: Record<string, string>;
// Every statement the app runs outside a request's own view: the shared graph-version reads.
const shared = newQueryStats();

const MES_NAME = "Mouvement pour l'Economie Solidaire";
const COPY_NAME = 'MES (name of a copy of data/)';

beforeAll(async () => {
  db = await connectTestDatabase();
  other = await connectTestDatabase();
  // The copy differs from data/ in one name, so a later `npm run seed` changes something.
  const copy = new DatasetCopy().replace(
    'actors.yaml',
    `name: ${MES_NAME}\n`,
    `name: ${COPY_NAME}\n`,
  );
  await loadCuratedGraph(db, copy.dir);
  curator = bearer(await tokenFor(db, 'cache-test-curator', 'curator'));
  app = createApp({ db: db.withStats(shared) }, loadServingConfig({}));
  // The first version read of a cold app may outlast the wait and be served uncached.
  await send('{ graphVersion { version } }');
});
afterAll(async () => {
  await other?.close();
  await db?.close();
});

interface Sent {
  cache: string | null;
  body: { data?: Answer; errors?: Answer[]; extensions?: Answer };
}

async function send(
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
): Promise<Sent> {
  const response = await app.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: response.headers.get(CACHE_HEADER), body: await response.json() };
}

const versionReads = () => shared.byName.graphVersion ?? 0;

const ACTOR = `query CachedActor($key: String!) { entity(key: $key) { key name version } }`;
const STATS = { 'x-graph-stats': '1' };

describe('the response cache', () => {
  it('answers a repeated query from the cache: no statement but one shared version read', async () => {
    const query = '{ subgraph(keys: ["mes"], depth: 1) { nodes { key } edges { id } } }';
    const first = await send(query, STATS);
    expect(first.cache).toBe('miss');
    expect(first.body.extensions?.db.roundTrips).toBeGreaterThan(0);
    const reads = versionReads();
    const second = await send(query, STATS);
    expect(second.cache).toBe('hit');
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.extensions?.db).toEqual({ roundTrips: 0, byName: {}, ms: 0 });
    expect(versionReads()).toBe(reads + 1);
    // Without the statistics header the answer carries no extensions at all, cached or not.
    const third = await send(query);
    expect(third.cache).toBe('hit');
    expect(third.body).toEqual({ data: first.body.data });
  });

  it('leaves the complexity of a query as it was (a query near the limit still passes)', async () => {
    const nested =
      '{ actors(first: 20) { edges { node { key memberships { edges { node { key ... on Actor { members { edges { node { key } } } } } } } } } } }';
    const first = await send(nested);
    expect(first.body.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    expect((await send(nested)).body).toEqual(first.body);
  });

  it('keys on the variables', async () => {
    expect((await send(ACTOR, {}, { key: 'ripess' })).cache).toBe('miss');
    const hit = await send(ACTOR, {}, { key: 'ripess' });
    expect(hit.cache).toBe('hit');
    expect(hit.body.data?.entity.key).toBe('ripess');
    const otherKey = await send(ACTOR, {}, { key: 'labo-ess' });
    expect(otherKey.cache).toBe('miss');
    expect(otherKey.body.data?.entity.key).toBe('labo-ess');
  });

  it('is bypassed with cache-control: no-cache', async () => {
    await send(ACTOR, {}, { key: 'ripess' });
    const fresh = await send(ACTOR, { 'cache-control': 'no-cache', ...STATS }, { key: 'ripess' });
    expect(fresh.cache).toBe('bypass');
    expect(fresh.body.extensions?.db.roundTrips).toBeGreaterThan(0);
  });

  it('never caches an answer with errors', async () => {
    const bad = '{ actors(first: 100000) { edges { node { key } } } }';
    for (const _ of [1, 2]) {
      const sent = await send(bad);
      expect(sent.cache).toBe('miss');
      expect(sent.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never shares an answer that depends on the viewer', async () => {
    const whoAmI = '{ viewer { name } }';
    const asCurator = await send(whoAmI, curator);
    expect(asCurator.cache).toBe('bypass');
    expect(asCurator.body.data?.viewer).toEqual({ name: 'cache-test-curator' });
    expect((await send(whoAmI)).body.data?.viewer).toBeNull();
    expect((await send(whoAmI, curator)).body.data?.viewer).toEqual({
      name: 'cache-test-curator',
    });
    const proposals = '{ proposals(first: 5) { edges { node { id } } } }';
    expect((await send(proposals, curator)).body.errors).toBeUndefined();
    const anonymous = await send(proposals);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A credential that is no longer valid is refused, however often its query was answered.
    const stale = await send(ACTOR, bearer('sg_not-a-token'), { key: 'ripess' });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a write through the API on the very next read', async () => {
    const read = async () => (await send(ACTOR, {}, { key: 'cigales' })).body.data?.entity;
    const before = await read();
    expect((await send(ACTOR, {}, { key: 'cigales' })).cache).toBe('hit');
    const written = await send(
      `mutation($v: Int!) { updateEntity(key: "cigales", expectedVersion: $v, patch: { name: "CIGALES (renamed)" }) { version } }`,
      curator,
      { v: before.version },
    );
    expect(written.body.errors).toBeUndefined();
    const after = await send(ACTOR, {}, { key: 'cigales' });
    expect(after.cache).toBe('miss');
    expect(after.body.data?.entity).toEqual({ ...before, name: 'CIGALES (renamed)', version: 2 });
  });

  it('shows a change committed by another process with a version bump on the very next read', async () => {
    const read = () => send(ACTOR, {}, { key: 'ripess' });
    const before = (await read()).body.data?.entity;
    expect((await read()).cache).toBe('hit');
    await other.writeTransaction(async (tx) => {
      await tx.run(BUMP_GRAPH_VERSION);
      await tx.run(`MATCH (n {key: 'ripess'}) SET n.name = $name`, { name: 'RIPESS (elsewhere)' });
    });
    const after = await read();
    expect(after.cache).toBe('miss');
    expect(after.body.data?.entity).toEqual({ ...before, name: 'RIPESS (elsewhere)' });
  });

  it('shows `npm run seed`, run in another process, on the very next read', async () => {
    const read = () => send(ACTOR, {}, { key: 'mes' });
    expect((await read()).body.data?.entity.name).toBe(COPY_NAME);
    expect((await read()).cache).toBe('hit');
    const seed = await runScript('src/cli/seed.ts', {
      ...testNeo4jEnv(),
    });
    expect(seed.code).toBe(0);
    const after = await read();
    expect(after.cache).toBe('miss');
    expect(after.body.data?.entity.name).toBe(MES_NAME);
  });

  it('shares one version read among requests that arrive together', async () => {
    const query = '{ entity(key: "ripess") { key } }';
    await send(query);
    const reads = versionReads();
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(query)));
    expect(answers.every((sent) => sent.cache === 'hit')).toBe(true);
    expect(versionReads() - reads).toBeGreaterThan(0);
    expect(versionReads() - reads).toBeLessThan(20);
  });

  it('is off with RESPONSE_CACHE=0', async () => {
    const off = createApp({ db }, loadServingConfig({ RESPONSE_CACHE: '0' }));
    const response = await off.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(key: "mes") { key } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get(CACHE_HEADER)).toBeNull();
  });
});
