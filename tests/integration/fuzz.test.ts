import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../reliability/fuzz-run.js';
import { httpSender } from '../../reliability/fuzz-send.js';
import { graphHash } from '../../reliability/graph-hash.js';
import { listen } from '../../src/server.js';
import { useCuratedApp } from '../support/curated-app.js';

const { app, db } = useCuratedApp();

describe('a 1,000-request slice of npm run fuzz', () => {
  it('gets no 5xx, leaks nothing, stays within the deadline and changes no data', async () => {
    // Over a socket, as clients send them: some targets cannot go through fetch or app.fetch.
    const server = await listen(app(), 0, '127.0.0.1', { requestTimeoutMs: 15_000 });
    const port = (server.address() as AddressInfo).port;
    const before = await graphHash(db());
    const report = await runFuzz({
      count: 1_000,
      seed: 7,
      deadlineMs: 16_000,
      send: httpSender(port),
    });
    expect(report.up.serverErrors).toEqual([]);
    expect(report.up.unmasked).toEqual([]);
    expect(report.up.overDeadline).toEqual([]);
    expect(Object.keys(report.up.byStatus).length).toBeGreaterThan(3);
    expect(await graphHash(db())).toBe(before);
    expect(Object.keys(report.byKind)).toEqual(
      expect.arrayContaining(['odd-target', 'operation-type', 'deep-variables']),
    );
    server.close();
    server.closeAllConnections();
  }, 300_000);
});
