// Session 33 (audit): the debug-only tag naming the reader behind each proposal (invented pages).
import { afterEach, describe, expect, it } from 'vitest';
import { readerOf, traceReaders } from '../../src/import/reader-trace.js';
import { page } from '../support/import-page.js';

const readers = (text: string) =>
  page(text).relations.map((r) => `${r.from.name} ${r.type} ${r.to.name} [${readerOf(r)}]`);

describe('the reader trace', () => {
  afterEach(() => traceReaders(false));

  it('is off by default: no proposal carries a reader', () => {
    const relations = page(
      'Tarn Housing Network\nThe Tarn Housing Network brings together Brine Housing Co-operative and Kelp Homes Association.',
    ).relations;
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((r) => readerOf(r) === undefined)).toBe(true);
  });

  it('names a trigger phrase and its path, in English and in French', () => {
    traceReaders(true);
    expect(
      readers(
        'Tarn Housing Network\nThe Tarn Housing Network brings together Brine Housing Co-operative and Kelp Homes Association.',
      ),
    ).toEqual([
      expect.stringMatching(/^Brine Housing Co-operative MEMBER_OF .* \[T\d+:items\]$/u),
      expect.stringMatching(/^Kelp Homes Association MEMBER_OF .* \[T\d+:items\]$/u),
    ]);
    expect(
      readers(
        'Réseau Varech\nLe Réseau Varech regroupe la Coopérative Algue Brune et l’Association Goémon Vif.',
      ).every((line) => /\[T\d+:items\]$/u.test(line)),
    ).toBe(true);
  });

  it('names the structure reader and the way it read a list', () => {
    traceReaders(true);
    const lines = readers(
      'Tarn Housing Network\nOur members\n- Brine Housing Co-operative\n- Kelp Homes Association\n- Harbour Loom Collective',
    );
    expect(lines.length).toBeGreaterThan(0);
    // The prose reader may read the same list: a merged proposal names both readers.
    expect(lines.every((line) => line.includes('structure:headingItems'))).toBe(true);
  });
});
