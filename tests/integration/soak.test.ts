import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFuzz } from '../../reliability/fuzz-run.js';
import { httpSender } from '../../reliability/fuzz-send.js';
import { createToken } from '../../src/auth/tokens.js';
import { connectDatabase } from '../../src/db/connect.js';
import type { Database } from '../../src/db/database.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { type ApiProcess, startApiProcess } from '../support/api-process.js';
import { bearer } from '../support/auth.js';
import { loadCuratedGraph } from '../support/database.js';
import { isAlive } from '../support/processes.js';

// The figures: a minute of exports and writes, and a minute with the database stopped
// (SIGSTOP) for 20 s in its middle. The file runs about 2.5 min plus the start of its own Neo4j.
const RUN_MS = 60_000;
const STOPPED_FROM_MS = 20_000;
const STOPPED_MS = 20_000;
// Above the driver's 5 s of retries, so a deadline is told apart from the driver giving up.
const DEADLINE_MS = 6_000;
// What the issue allows a client to wait: the deadline plus 1 s.
const MAX_WAIT_MS = DEADLINE_MS + 1_000;

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-soak-'));
let neo: LocalNeo4j;
let db: Database;
let api: ApiProcess | undefined;
let token: string;

beforeAll(async () => {
  // Its own Neo4j: this file stops it, which the shared test database must never be.
  // Java's start is slow on a loaded machine and is not what this file checks.
  neo = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: '512m',
    log: () => {},
    startTimeoutMs: 300_000,
  });
  db = await connectDatabase({ uri: neo.uri });
  await loadCuratedGraph(db);
  token = await createToken(db, 'soak-curator', 'curator');
  api = await startApiProcess(
    {
      NEO4J_URI: neo.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '0',
      REQUEST_TIMEOUT_MS: String(DEADLINE_MS),
    },
    300_000,
  );
  await warmUp((api as ApiProcess).base);
}, 600_000);

afterAll(async () => {
  if (neo && isAlive(neo.pid)) process.kill(neo.pid, 'SIGCONT');
  await api?.stop();
  await db?.close();
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One request as the client saw it: how long it waited at most for the next byte, and how it ended. */
interface Seen {
  what: string;
  waitedMs: number;
  outcome: string;
}

const EXPORTS = ['graph.gexf', 'graph.graphml', 'graph.jsonld', 'graph.json'];

/** Reads an export to its end, timing the wait for the headers and for every chunk after them. */
async function exportOnce(base: string, file: string): Promise<Seen> {
  let last = performance.now();
  let waitedMs = 0;
  const waited = () => {
    const now = performance.now();
    waitedMs = Math.max(waitedMs, now - last);
    last = now;
  };
  const what = `GET /export/${file}`;
  try {
    const response = await fetch(`${base}/export/${file}`);
    waited();
    if (response.status !== 200 || !response.body) {
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      waited();
      return {
        what,
        waitedMs,
        outcome: `${response.status} ${body.errors?.[0]?.extensions?.code}`,
      };
    }
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) waited();
    waited();
    return { what, waitedMs, outcome: 'complete' };
  } catch {
    waited();
    // The body was cut mid-transfer: how a failing export tells the client.
    return { what, waitedMs, outcome: 'cut' };
  }
}

interface GraphQLBody {
  data?: unknown;
  errors?: { extensions?: { code?: string; writeOutcome?: string } }[];
}

async function postGraphQL(base: string, body: object, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as GraphQLBody;
  return { status: response.status, json, waitedMs: performance.now() - started };
}

/** A write as its client knows it: acknowledged, failed, or failed with its commit in doubt. */
type WriteResult = 'acknowledged' | 'failed' | 'in doubt';

async function addSource(base: string, key: string): Promise<Seen & { result: WriteResult }> {
  const input = {
    key,
    accessed: '2024-01-01',
    language: 'fr',
    publisher: 'soak',
    title: key,
    url: `https://example.org/${key}`,
  };
  const query = 'mutation($input: AddSourceInput!) { addSource(input: $input) { graphVersion } }';
  const { status, json, waitedMs } = await postGraphQL(
    base,
    { query, variables: { input } },
    bearer(token),
  );
  const error = json.errors?.[0]?.extensions;
  const result: WriteResult =
    status === 200 && !json.errors
      ? 'acknowledged'
      : error?.writeOutcome === 'unknown'
        ? 'in doubt'
        : 'failed';
  return { what: `addSource ${key}`, waitedMs, outcome: `${status} ${error?.code ?? ''}`, result };
}

async function anonymousRead(base: string): Promise<Seen> {
  const { status, json, waitedMs } = await postGraphQL(base, {
    query: '{ actor(key: "mes") { key } }',
  });
  const outcome = `${status} ${json.errors?.[0]?.extensions?.code ?? ''}`;
  return { what: 'read actor', waitedMs, outcome };
}

/**
 * Two export loops (each format in turn), two write loops (a new source each) and a read loop, all
 * until `runMs` has passed; returns what each request saw and the writes by key.
 */
async function race(base: string, label: string, runMs: number) {
  const endAt = Date.now() + runMs;
  const seen: Seen[] = [];
  const writes = new Map<string, WriteResult>();
  // A pause after each request of a loop leaves the 2 cores of a CI machine some room: the
  // deadline + 1 s is the bound, so the time of the exports' serialising must not be all of it.
  const loop = async (pauseMs: number, step: (n: number) => Promise<Seen>) => {
    for (let n = 0; Date.now() < endAt; n++) {
      seen.push(await step(n));
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  };
  await Promise.all([
    loop(500, (n) => exportOnce(base, EXPORTS[n % EXPORTS.length] as string)),
    loop(500, (n) => exportOnce(base, EXPORTS[(n + 2) % EXPORTS.length] as string)),
    ...['a', 'b'].map((writer) =>
      loop(0, async (n) => {
        const key = `soak-${label}-${writer}-${n}`;
        const write = await addSource(base, key);
        writes.set(key, write.result);
        return write;
      }),
    ),
    loop(250, () => anonymousRead(base)),
  ]);
  return { seen, writes };
}

/**
 * Sends each request of the runs once before they are timed, as a load balancer's first clients
 * would after /ready: the first of each document is compiled and its statements planned, which on a
 * loaded 2-core machine took 7.5 s of a 6 s deadline (a cold start, not what the runs measure).
 */
async function warmUp(base: string): Promise<void> {
  for (const file of EXPORTS) await exportOnce(base, file);
  await addSource(base, 'soak-warm-up');
  await anonymousRead(base);
}

/** The soak-<label>- sources in the graph. */
async function storedKeys(label: string): Promise<string[]> {
  const rows = await db.read(
    'MATCH (s:Source) WHERE s.key STARTS WITH $prefix RETURN s.key AS key ORDER BY key',
    { prefix: `soak-${label}-` },
  );
  return rows.map((row) => String(row.key));
}

function keysWith(writes: Map<string, WriteResult>, result: WriteResult): string[] {
  return [...writes].filter(([, r]) => r === result).map(([key]) => key);
}

/**
 * What the graph must hold after a run: every acknowledged write, and of the writes answered
 * writeOutcome "unknown" those that a read shows landed (their commit was on its way at the
 * deadline: they are read back, neither counted as lost nor required).
 */
function expectGraphOfAcknowledgedWrites(writes: Map<string, WriteResult>, stored: string[]) {
  const inDoubt = new Set(keysWith(writes, 'in doubt'));
  const landed = stored.filter((key) => inDoubt.has(key));
  const expected = [...keysWith(writes, 'acknowledged'), ...landed].sort();
  // Names the write behind any difference: a missing acknowledged key is a lost write, an extra
  // key a write answered as failed that landed.
  const outcomeOf = (key: string) => `${key}: ${writes.get(key) ?? 'never sent'}`;
  expect([...stored].sort().map(outcomeOf)).toEqual(expected.map(outcomeOf));
}

/** One line of figures per run, for the report of a CI log. */
function summary(label: string, seen: Seen[], writes: Map<string, WriteResult>, stored: string[]) {
  const landed = stored.filter((key) => writes.get(key) === 'in doubt').length;
  const slowest = Math.max(...seen.map((s) => s.waitedMs));
  const count = (result: WriteResult) => keysWith(writes, result).length;
  const exports: Record<string, number> = {};
  for (const s of seen.filter((s) => s.what.startsWith('GET')))
    exports[s.outcome] = (exports[s.outcome] ?? 0) + 1;
  console.log(
    `soak ${label}: ${seen.length} requests, longest wait ${Math.round(slowest)} ms (bound ${MAX_WAIT_MS} ms); exports ${JSON.stringify(exports)}; writes ${writes.size}: ${count('acknowledged')} acknowledged, ${count('failed')} failed, ${count('in doubt')} in doubt of which ${landed} landed`,
  );
}

/** What every run must show: no wait past the deadline + 1 s, a live API, no unhandled failure. */
function expectServedWithinDeadline(seen: Seen[]) {
  const late = seen.filter((s) => s.waitedMs > MAX_WAIT_MS);
  expect(late).toEqual([]);
  // Only a complete answer, a cut export or a coded 503 with the database away: nothing else.
  const odd = seen.filter(
    (s) => !/^(complete|cut|200 |503 (QUERY_TIMEOUT|DATABASE_UNAVAILABLE))$/.test(s.outcome),
  );
  expect(odd).toEqual([]);
  expect(api?.alive()).toBe(true);
  expect(api?.output()).not.toMatch(/unhandled rejection|Unexpected error while handling/i);
}

describe('a minute of exports and writes on the API process', () => {
  it('serves every request within the deadline and keeps every acknowledged write', async () => {
    const base = (api as ApiProcess).base;
    const { seen, writes } = await race(base, 'calm', RUN_MS);
    // A write may still meet the deadline on a loaded machine (answered a coded 503, checked
    // below): the graph must then hold exactly what the answers say.
    const stored = await storedKeys('calm');
    summary('calm', seen, writes, stored);
    expectGraphOfAcknowledgedWrites(writes, stored);
    expectServedWithinDeadline(seen);
    expect(keysWith(writes, 'acknowledged').length).toBeGreaterThan(10);
    // Exports ran: they started streaming. Each is cut when the graph changes under it, which the
    // writers do every few hundred ms, so on a slow machine none may complete.
    expect(seen.some((s) => s.what.startsWith('GET') && /^(complete|cut)$/.test(s.outcome))).toBe(
      true,
    );
  }, 180_000);

  it('with the database stopped for 20 s in the middle, too', async () => {
    const base = (api as ApiProcess).base;
    const stop = new Promise<void>((resolve) => {
      setTimeout(() => {
        process.kill(neo.pid, 'SIGSTOP');
        setTimeout(() => {
          process.kill(neo.pid, 'SIGCONT');
          resolve();
        }, STOPPED_MS);
      }, STOPPED_FROM_MS);
    });
    // The fuzzer's requests too, one at a time: none may get a 5xx other than a coded 503, leak a
    // stack, a path or a library name, or wait past the deadline while the database is away.
    const fuzzUntil = Date.now() + RUN_MS;
    const [{ seen, writes }, fuzz] = await Promise.all([
      race(base, 'stopped', RUN_MS),
      runFuzz({
        count: Number.MAX_SAFE_INTEGER,
        seed: 24,
        deadlineMs: MAX_WAIT_MS,
        concurrency: 1,
        send: httpSender(Number(new URL(base).port)),
        until: () => Date.now() >= fuzzUntil,
      }),
    ]);
    await stop;
    console.log(
      `soak stopped, fuzz: ${fuzz.requests} requests, statuses ${JSON.stringify(fuzz.up.byStatus)}, slowest ${Math.round(fuzz.up.slowestMs)} ms`,
    );
    const stored = await storedKeys('stopped');
    summary('stopped', seen, writes, stored);
    expectGraphOfAcknowledgedWrites(writes, stored);
    expect(fuzz.up.serverErrors).toEqual([]);
    expect(fuzz.up.unmasked).toEqual([]);
    expect(fuzz.up.overDeadline).toEqual([]);
    expectServedWithinDeadline(seen);
    // The outage was seen: requests got a coded 503 rather than waiting for the database.
    expect(seen.filter((s) => s.outcome.startsWith('503 ')).length).toBeGreaterThan(0);
    // Writes are acknowledged again after the database came back.
    expect(keysWith(writes, 'acknowledged').length).toBeGreaterThan(10);
  }, 180_000);
});
