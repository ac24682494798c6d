import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/auth/tokens.js';
import { loadServingConfig } from '../../src/config.js';
import { seedDatabase } from '../../src/dataset/seed-database.js';
import { createRequestBudget } from '../../src/db/concurrency.js';
import { connectDatabase } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { startExport } from '../../src/export/run-export.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { addSource as addSourceDirectly } from '../../src/write/sources.js';
import { createApp } from '../../src/yoga.js';
import { bearer } from '../support/auth.js';
import { codes, postQuery, type RawResponse, send } from '../support/http.js';
import { isAlive } from '../support/processes.js';

// Above the driver's 5 s of retries, so a deadline is told apart from the driver giving up.
const DEADLINE_MS = 6_000;
const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-hung-'));
let neo: LocalNeo4j;
let db: Database;
let token: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  neo = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '256m', log: () => {} });
  db = await connectDatabase({ uri: neo.uri });
  await applySchema(db);
  await seedDatabase(db);
  token = await createToken(db, 'hung-curator', 'curator');
  app = createApp({ db }, { ...loadServingConfig({}), requestTimeoutMs: DEADLINE_MS });
}, 180_000);

afterAll(async () => {
  if (neo && isAlive(neo.pid)) process.kill(neo.pid, 'SIGCONT');
  await db?.close();
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

function addSource(key: string) {
  return postQuery(
    app,
    `mutation { addSource(input: { key: "${key}", accessed: "2024-01-01", language: "fr", publisher: "p", title: "t", url: "https://example.org/${key}" }) { graphVersion } }`,
    bearer(token),
  );
}

/** The write path of `addSource` on its own (the token checked earlier), in a request's budget. */
async function writeWithinDeadline(key: string): Promise<RawResponse> {
  const source = { key, url: `https://example.org/${key}`, title: 't', language: 'fr' };
  const input = {
    ...source,
    publisher: 'p',
    accessed: '2024-01-01',
    quote: null,
    archiveUrl: null,
  };
  const requestDb = db.within(createRequestBudget(DEADLINE_MS, 4));
  const author = { who: 'hung-curator', via: 'token' };
  const outcome = await addSourceDirectly(requestDb, author, input, null).then(
    () => ({ message: 'written', extensions: {} }),
    (error: { message: string; extensions?: Record<string, unknown> }) => error,
  );
  return { status: 0, headers: new Headers(), text: '', body: { errors: [outcome] } };
}

/** Sends the requests while Neo4j is stopped (SIGSTOP), and resumes it afterwards. */
async function whileHung<T>(work: () => Promise<T>): Promise<T> {
  process.kill(neo.pid, 'SIGSTOP');
  try {
    return await work();
  } finally {
    process.kill(neo.pid, 'SIGCONT');
  }
}

const DATABASE_CODES = /^(QUERY_TIMEOUT|DATABASE_UNAVAILABLE)$/;

describe('a hung database', () => {
  it('gives an anonymous read, an authenticated read and a mutation the same status and code', async () => {
    await expect.poll(async () => (await postQuery(app, '{ apiVersion }')).status).toBe(200);
    const read = '{ actor(key: "mes") { key name } }';
    const [anonymous, authenticated, mutation] = await whileHung(() =>
      Promise.all([
        postQuery(app, read),
        postQuery(app, read, bearer(token)),
        addSource('hung-same-status'),
      ]),
    );
    const seen = [anonymous, authenticated, mutation].map((response) => ({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: codes(response)[0],
    }));
    expect(seen[0]).toEqual({
      status: 503,
      retryAfter: '5',
      code: expect.stringMatching(DATABASE_CODES),
    });
    expect(seen).toEqual([seen[0], seen[0], seen[0]]);
    await expect
      .poll(async () => (await postQuery(app, read)).status, { timeout: 20_000 })
      .toBe(200);
  }, 60_000);

  it('answers writes and exports within the deadline, and no timed-out write lands', async () => {
    await expect.poll(async () => (await postQuery(app, '{ apiVersion }')).status).toBe(200);
    const answered = await whileHung(() =>
      Promise.all([
        ...[1, 2, 3, 4, 5].map((n) => timed(() => addSource(`hung-${n}`))),
        ...[1, 2, 3, 4, 5].map((n) => timed(() => writeWithinDeadline(`hung-direct-${n}`))),
        timed(() => send(app, '/export/graph.gexf')),
        timed(() => send(app, '/export/graph.json?keys=mes&depth=2')),
      ]),
    );
    for (const { value, ms } of answered) {
      expect(ms).toBeLessThan(DEADLINE_MS + 1_500);
      expect(codes(value as RawResponse)[0]).toMatch(DATABASE_CODES);
    }
    // Over HTTP, one status whoever asks: 503 with Retry-After (the direct writes have none).
    for (const { value } of answered.filter(({ value }) => value.status !== 0)) {
      expect(value.status).toBe(503);
      expect(value.headers.get('retry-after')).toBe('5');
    }
    // Once Neo4j runs again, its transaction timeout (the deadline) ends them: none committed.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const [row] = await db.read(
      "MATCH (s:Source) WHERE s.key STARTS WITH 'hung-' RETURN count(s) AS n",
    );
    expect(row?.n).toBe(0);
    expect(codes(await addSource('after-hang'))).toEqual([]);
  }, 120_000);

  it('cuts an export whose next page does not come within the deadline', async () => {
    const stream = await startExport(
      db.eachQueryWithin(DEADLINE_MS),
      'graphml',
      { keys: null, depth: 1, types: null, activeAt: null },
      { pageSize: 5 },
    );
    const chunks = stream.body[Symbol.asyncIterator]();
    expect((await chunks.next()).done).toBe(false);
    const cut = await whileHung(() =>
      timed(async () => {
        try {
          for (let next = await chunks.next(); !next.done; next = await chunks.next()) {}
          return 'complete';
        } catch (error) {
          return (error as { extensions?: { code?: string } }).extensions?.code;
        }
      }),
    );
    expect(cut.value).toMatch(DATABASE_CODES);
    expect(cut.ms).toBeLessThan(DEADLINE_MS + 1_500);
  }, 60_000);
});
