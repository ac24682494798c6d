import { describe, expect, it } from 'vitest';
import { decodeRelationCursor, encodeRelationCursor } from '../../src/graph/relation-cursor.js';
import { pageParams, pageVariantOf } from '../../src/graph/relations.js';

describe('relationship page cursors', () => {
  it('round-trip a position', () => {
    const position = { type: 'MEMBER_OF', otherKey: 'ess-france', fromKey: 'mes' } as const;
    expect(decodeRelationCursor(encodeRelationCursor(position))).toEqual(position);
  });

  it('refuse what this API did not hand out', () => {
    const encode = (text: string) => Buffer.from(text).toString('base64url');
    for (const text of [
      'arrayconnection:3',
      'relation:MEMBER_OF|a',
      'relation:NOT_A_TYPE|a|b',
      'relation:MEMBER_OF|a|b|c',
      'actor:mes',
    ]) {
      expect(decodeRelationCursor(encode(text))).toBeNull();
    }
  });
});

describe('how a page is read', () => {
  const spec = (types: null | ('MEMBER_OF' | 'FUNDS')[], direction: 'INCOMING' | 'BOTH') => ({
    types,
    direction,
    activeAt: null,
    after: { type: 'MEMBER_OF', otherKey: 'm', fromKey: 'm' } as const,
    limit: 10,
    brief: { nodes: false, relations: false },
  });

  it('reads one type in one direction from its index', () => {
    expect(pageVariantOf(spec(['MEMBER_OF'], 'INCOMING'))).toBe('MEMBER_OF.in');
    expect(pageVariantOf(spec(['MEMBER_OF', 'FUNDS'], 'INCOMING'))).toBe('any');
    expect(pageVariantOf({ ...spec(null, 'BOTH'), activeAt: 2012 })).toBe('anyInYear');
  });

  it('starts each index read of an any-type page where the cursor says', () => {
    const params = pageParams(spec(['MEMBER_OF', 'FUNDS'], 'INCOMING')) as Record<string, unknown>;
    // FUNDS sorts before MEMBER_OF: the cursor is past it. MEMBER_OF resumes at the cursor's key.
    expect(params.pageFrom_FUNDS_in).toBe('\u{10FFFF}');
    expect(params.pageFrom_MEMBER_OF_in).toBe('m');
    // Directions and types the spec leaves out read nothing.
    expect(params.pageFrom_MEMBER_OF_out).toBe('\u{10FFFF}');
    expect(params.pageFrom_PART_OF_in).toBe('\u{10FFFF}');
  });
});
