import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/export/read-ahead.js';

describe('readAhead', () => {
  it('gives the same pages in the same order, asking for the next one while one is handled', async () => {
    const asked: number[] = [];
    async function* pages() {
      for (let page = 1; page <= 3; page += 1) {
        asked.push(page);
        yield [page];
      }
    }
    const seen: number[][] = [];
    for await (const page of readAhead(pages())) {
      seen.push(page);
      // While page n is handled, page n+1 is already asked for (never more than one ahead).
      expect(asked.length).toBe(Math.min(seen.length + 1, 3));
    }
    expect(seen).toEqual([[1], [2], [3]]);
  });

  it('throws a failed page where it is reached, and leaves no unhandled rejection behind', async () => {
    async function* failing() {
      yield 1;
      throw new Error('database closed');
    }
    const ahead = readAhead(failing());
    expect((await ahead.next()).value).toBe(1);
    // Let the read ahead fail before it is awaited.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(ahead.next()).rejects.toThrow('database closed');
  });
});
