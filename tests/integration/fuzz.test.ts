import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../reliability/fuzz-run.js';
import { graphHash } from '../../reliability/graph-hash.js';
import { useCuratedApp } from '../support/curated-app.js';

const { app, db } = useCuratedApp();

describe('a 1,000-request slice of npm run fuzz', () => {
  it('gets no 5xx, leaks nothing, stays within the deadline and changes no data', async () => {
    const before = await graphHash(db());
    const report = await runFuzz({
      count: 1_000,
      seed: 7,
      deadlineMs: 16_000,
      send: async (request) => {
        const response = await app().fetch(`http://test${request.path}`, request);
        return { status: response.status, text: await response.text() };
      },
    });
    expect(report.serverErrors).toEqual([]);
    expect(report.unmasked).toEqual([]);
    expect(report.overDeadline).toEqual([]);
    expect(Object.keys(report.byStatus).length).toBeGreaterThan(3);
    expect(await graphHash(db())).toBe(before);
  }, 300_000);
});
