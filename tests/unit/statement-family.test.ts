import { describe, expect, it } from 'vitest';
import '../../src/graph/actors-page.js';
import { familyOf, registeredQueries, SHAPE_MARK } from '../../src/db/query.js';

describe('statement families', () => {
  it('counts a statement by its name up to the shape mark', () => {
    expect(familyOf('actorsPageWithNested.MEMBER_OF.out.MEMBER_OF.in#keys')).toBe(
      'actorsPageWithNested.MEMBER_OF.out.MEMBER_OF.in',
    );
    expect(familyOf('relationsCount.PARTNER_OF')).toBe('relationsCount.PARTNER_OF');
  });

  it('gives each shaped nested statement the family of a statement for every reading', () => {
    const queries = registeredQueries();
    const names = new Set(queries.map((query) => query.name));
    const shaped = queries.filter((query) => query.name.includes(SHAPE_MARK));
    expect(shaped.length).toBeGreaterThan(0);
    for (const query of shaped) {
      expect(query.family, query.name).toBe(familyOf(query.name));
      expect(names.has(query.family), query.name).toBe(true);
      expect(query.cypher, query.name).not.toBe(
        queries.find((q) => q.name === query.family)?.cypher,
      );
    }
  });
});
