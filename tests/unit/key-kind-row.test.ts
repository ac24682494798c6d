import { describe, expect, it } from 'vitest';
import { decodeEntityKeyKind, decodeEntityRow } from '../../src/model/projection.js';

// A keys-only edge's other end comes as its key, its kind and, for an unknown kind, its labels
// (`entityKeyKindProjection`): it must decode to what the eight-value keys row decoded to.
describe('key and kind rows', () => {
  it('decode like the keys row of the same node, known kind or not', () => {
    const cases: [string, string | null, string[] | null][] = [
      ['mes', 'Network', null],
      ['loi-2014', 'Law', null],
      ['old-node', null, ['Entity', 'Actor']],
      ['odd-kind', 'NotAKind', ['Entity', 'Event']],
    ];
    for (const [key, kind, labels] of cases) {
      const row = decodeEntityKeyKind(key, kind, labels ?? undefined);
      expect(row).toEqual(decodeEntityRow([key, null, kind, null, labels]));
      expect(row.name).toBe(key);
    }
  });
});
