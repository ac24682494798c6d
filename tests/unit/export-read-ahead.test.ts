import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/export/read-ahead.js';

/** Pages 1..n, logging when each is asked for and whether the source was closed. */
function source(n: number, log: string[], failAt?: number) {
  return (async function* () {
    try {
      for (let page = 1; page <= n; page++) {
        log.push(`read ${page}`);
        await Promise.resolve();
        if (page === failAt) throw new Error(`page ${page} failed`);
        yield page;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('readAhead, the next export page read while the current one is written', () => {
  it('hands over every page in order, having asked for the next one first', async () => {
    const log: string[] = [];
    for await (const page of readAhead(source(3, log))) log.push(`write ${page}`);
    expect(log).toEqual(['read 1', 'read 2', 'write 1', 'read 3', 'write 2', 'closed', 'write 3']);
  });

  it('closes the source when the consumer stops early', async () => {
    const log: string[] = [];
    for await (const page of readAhead(source(5, log))) {
      if (page === 2) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log.at(-1)).toBe('closed');
    expect(log.filter((line) => line.startsWith('read')).length).toBeLessThanOrEqual(3);
  });

  it('reports a failed read to the consumer when it asks for that page', async () => {
    const log: string[] = [];
    const written: number[] = [];
    const run = async () => {
      for await (const page of readAhead(source(3, log, 2))) {
        // The failing read settles while this page is still being written.
        await new Promise((resolve) => setTimeout(resolve, 10));
        written.push(page);
      }
    };
    await expect(run()).rejects.toThrow('page 2 failed');
    expect(written).toEqual([1]);
  });
});
