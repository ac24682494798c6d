// Brief rows are their own types: `npm run typecheck` compiles this file, and each
// `@ts-expect-error` below fails the check if the line under it ever compiles.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DecodeError } from '../../src/db/query.js';
import { decodeEntity, decodeEntityRow, decodeRelationRow } from '../../src/model/projection.js';
import {
  type BriefEntity,
  type BriefRelation,
  type Entity,
  isBrief,
  type Relation,
  versionOf,
} from '../../src/model/types.js';

const BRIEF_NODE = [
  'mes',
  'Mouvement pour l’Economie Solidaire',
  'Network',
  'MES',
  ['Entity', 'Actor'],
];

describe('brief rows', () => {
  it('a node that may be brief has no whole-only field until it is known whole', () => {
    const row = decodeEntityRow(BRIEF_NODE);
    expect(isBrief(row)).toBe(true);
    expect([row.key, row.name, row.kind, row.acronym]).toEqual([
      'mes',
      'Mouvement pour l’Economie Solidaire',
      'Network',
      'MES',
    ]);
    // @ts-expect-error a row that may be brief has no `sources`
    expect(row.sources).toBeUndefined();
    // @ts-expect-error nor `disputed`
    expect(row.disputed).toBeUndefined();
    // @ts-expect-error nor a write record, so its version cannot be read off it
    expect(versionOf(row)).toBe(1);
    if (!isBrief(row)) expectTypeOf(row.sources).toEqualTypeOf<string[]>();
    expectTypeOf<BriefEntity>().not.toHaveProperty('sources');
    expectTypeOf<Entity>().toHaveProperty('sources');
  });

  it('a relationship that may be brief has only its type and ends', () => {
    const row = decodeRelationRow(['MEMBER_OF', 'mes', 'ripess-europe']);
    expect(isBrief(row)).toBe(true);
    expect([row.from, row.type, row.to]).toEqual(['mes', 'MEMBER_OF', 'ripess-europe']);
    // @ts-expect-error a relationship that may be brief has no `sources`
    expect(row.sources).toBeUndefined();
    // @ts-expect-error nor dates
    expect(row.since).toBeUndefined();
    expectTypeOf<BriefRelation>().not.toHaveProperty('sources');
    expectTypeOf<Relation>().toHaveProperty('sources');
  });

  it('a whole decoder refuses a brief row instead of filling in blanks', () => {
    expect(() => decodeEntity(BRIEF_NODE)).toThrow(DecodeError);
  });
});
