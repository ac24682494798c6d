import { describe, expect, it } from 'vitest';
import { nextBatch } from '../../src/export/pages.js';

describe('the keys of a neighbourhood export read at once', () => {
  it('are about half a page of relationships at the last batch rate', () => {
    expect(nextBatch(1000, 5000, 1000)).toBe(100);
    expect(nextBatch(100, 500, 1000)).toBe(100);
  });

  it('stay between one key and one page', () => {
    expect(nextBatch(1, 70_000, 1000)).toBe(1);
    expect(nextBatch(500, 0, 1000)).toBe(1000);
  });
});
