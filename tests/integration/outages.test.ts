import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadServingConfig } from '../../src/config.js';
import { connectDatabase } from '../../src/db/connect.js';
import { PING_TIMEOUT_MS } from '../../src/db/health.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { createApp } from '../../src/yoga.js';
import { codes, postQuery } from '../support/http.js';
import { isAlive, PROJECT_ROOT } from '../support/processes.js';

// Above the driver's 5 s of retries, so a dead server is told apart from a slow one.
const DEADLINE_MS = 8_000;
const QUERY = '{ actors(first: 1) { edges { node { key } } } }';
const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-outage-'));
let neo: LocalNeo4j | undefined;
afterAll(async () => {
  if (neo && isAlive(neo.pid)) process.kill(neo.pid, 'SIGCONT');
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Retries until the app answers without errors (the API is never restarted), up to `ms`. */
async function untilAnswered(app: ReturnType<typeof createApp>, ms: number) {
  const deadline = Date.now() + ms;
  let response = await postQuery(app, QUERY);
  while (response.body.errors && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    response = await postQuery(app, QUERY);
  }
  return response;
}

describe('an external Neo4j that hangs or dies', () => {
  it('answers within the deadline with a code while it hangs or is gone, and recovers by itself', async () => {
    const port = await freePort();
    neo = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
    const db = await connectDatabase({ uri: neo.uri });
    const serving = { ...loadServingConfig({}), requestTimeoutMs: DEADLINE_MS };
    const app = createApp({ db }, serving);
    try {
      // A cold Neo4j can take longer than the short deadline to plan its first query.
      expect((await untilAnswered(app, 60_000)).body.errors).toBeUndefined();

      process.kill(neo.pid, 'SIGSTOP');
      const hung = await timed(() => postQuery(app, QUERY));
      expect(codes(hung.value)[0]).toMatch(/^(QUERY_TIMEOUT|DATABASE_UNAVAILABLE)$/);
      expect(hung.ms).toBeLessThan(DEADLINE_MS + 1_500);
      process.kill(neo.pid, 'SIGCONT');
      const resumed = await untilAnswered(app, 20_000);
      expect(resumed.body.errors).toBeUndefined();

      process.kill(neo.pid, 'SIGKILL');
      await neo.stop();
      const gone = await timed(() => postQuery(app, QUERY));
      // The driver retries a refused connection for a while, so either code is honest here.
      expect(codes(gone.value)[0]).toMatch(/^(QUERY_TIMEOUT|DATABASE_UNAVAILABLE)$/);
      expect(gone.value.body.errors?.[0]?.message).not.toMatch(/neo4j|bolt|ECONN/i);
      expect(gone.ms).toBeLessThan(DEADLINE_MS + 1_500);

      neo = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
      expect((await untilAnswered(app, 30_000)).body.errors).toBeUndefined();
    } finally {
      await db.close();
    }
  }, 240_000);
});

describe('the local Neo4j started by npm start', () => {
  it('is restarted by the API when it dies: /ready is 503, then 200 again and reads are answered', async () => {
    const localData = mkdtempSync(join(tmpdir(), 'solidarity-graph-crash-'));
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: '',
        NEO4J_LOCAL_PORT: String(await freePort()),
        NEO4J_LOCAL_DATA: localData,
        NEO4J_LOCAL_HEAP: '256m',
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    // When the API said its database was back, to time /ready from there.
    let backAt = Number.POSITIVE_INFINITY;
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (backAt === Number.POSITIVE_INFINITY && output.includes('the local Neo4j is back')) {
        backAt = Date.now();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const base = `http://127.0.0.1:${port}`;
    const ready = () =>
      fetch(`${base}/ready`).then(
        (r) => r.status,
        () => 0,
      );
    try {
      // Started and seeded (its plans may still be warming on a busy machine: /ready waits for
      // them). Not what this test checks: on a 2-core machine at load 25 Java and the seed took 5 min.
      await expect.poll(() => output, { timeout: 420_000, interval: 500 }).toContain('ready in');
      const pid = Number(/pid (\d+)\)/.exec(output)?.[1]);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid, 'SIGKILL');
      // The API sees its child exit and says not ready at once, without waiting for failed pings.
      await expect.poll(ready, { timeout: 5_000, interval: 100 }).toBe(503);
      // No outside help: the API restarts its database on the same data directory (about 20 s on a
      // quiet machine; Java's start is what takes long on a loaded one, hence the bound).
      await expect.poll(ready, { timeout: 150_000, interval: 200 }).toBe(200);
      // Then /ready follows promptly: it pings as soon as the database is back; at worst a ping
      // begun while it was down runs to its timeout and gives up its one connection, then one more.
      const lagMs = Date.now() - backAt;
      console.log(`/ready was 200 again ${lagMs} ms after the database was back`);
      expect(lagMs).toBeLessThan(2 * PING_TIMEOUT_MS + 1_000);
      const read = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "mes") { key } }' }),
      });
      expect(await read.json()).toEqual({ data: { entity: { key: 'mes' } } });
      expect(child.exitCode).toBeNull();
      expect(output).toContain('the local Neo4j exited with SIGKILL unexpectedly');
      expect(output).toContain('the local Neo4j is back');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      if (process.env.DEBUG_OUTAGE) console.log(output);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(localData, { recursive: true, force: true });
    }
  }, 660_000);
});
