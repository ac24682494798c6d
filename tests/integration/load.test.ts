import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../../bench/api.js';
import { Cleanup } from '../../bench/cleanup.js';
import { readApiTiming, startApiTiming } from '../../reliability/api-timing.js';
import { loadPassed, runLoad } from '../../reliability/load-run.js';
import { INSPECT_ARG, inspectorUrl, processMemory } from '../../reliability/process-memory.js';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { testNeo4j } from '../support/neo4j-pool.js';

const cleanup = new Cleanup();
let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(async () => {
  await cleanup.run();
  await db?.close();
});

describe('npm run load, in small', () => {
  it('drives the mix at a separate production API without errors and reads its memory', async () => {
    const api = await startApi(
      {
        ...testNeo4j(),
        database: undefined,
      },
      { responseCache: false, runtime: 'compiled' },
      cleanup,
      { nodeEnv: 'production', nodeArgs: [INSPECT_ARG] },
    );
    const inspector = inspectorUrl(api.output());
    if (!inspector) throw new Error(`no inspector URL in:\n${api.output()}`);
    const report = await runLoad({
      url: api.url,
      connections: 4,
      seconds: 3,
      timeoutSeconds: 20,
      idleMs: 200,
      memory: () => processMemory(api.pid, inspector),
      apiTiming: {
        start: () => startApiTiming(inspector, 15_000),
        read: () => readApiTiming(inspector),
      },
    });
    expect(report.graphqlErrors.top(5)).toEqual([]);
    expect(report.non2xx).toEqual({});
    expect(loadPassed(report)).toBe(true);
    expect(report.requests).toBeGreaterThan(8);
    expect(report.api?.requests).toBeGreaterThanOrEqual(report.requests);
    for (const memory of Object.values(report.memory)) {
      expect(memory.rssBytes).toBeGreaterThan(20 * 1024 * 1024);
      expect(memory.heapUsedBytes).toBeGreaterThan(1024 * 1024);
    }
  }, 60_000);
});
