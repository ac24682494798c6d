import { parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  fullSelection,
  missingWorstCases,
  publishedSchema,
} from '../../bench/scale/schema-coverage.js';
import { type Targets, worstCases } from '../../bench/scale/worst-cases.js';
import { DOCUMENT_LIMITS } from '../../src/limits.js';

const schema = publishedSchema();
const targets: Targets = {
  hub: 'syn-0000000',
  hub2: 'syn-0000001',
  bodies: ['syn-0000000', 'syn-0000001'],
  joiners: ['syn-0000100', 'syn-0000101'],
  lastActor: 'syn-0199999',
  deepMember: 'syn-0150000',
  version: 3,
};

describe('the worst cases of bench:scale', () => {
  it('cover every root field, lean and with every field, and every argument a query can reach', () => {
    expect(missingWorstCases(schema, worstCases(schema, targets))).toEqual([]);
  });

  it('notice a root field, an argument or a totalCount that no case covers', () => {
    const cases = worstCases(schema, targets).filter(
      (c) => !c.query.includes('evolution') && !c.query.includes('near:'),
    );
    const withoutTotal = cases.map((c) => ({ ...c, query: c.query.replaceAll('totalCount', '') }));
    expect(missingWorstCases(schema, cases)).toEqual(
      expect.arrayContaining([
        'Query.evolution: no case',
        'Query.evolution(from): no case',
        'Query.actors(filter.near): no case',
      ]),
    );
    expect(missingWorstCases(schema, withoutTotal)).toContain(
      'Query.actors: no case asks its totalCount',
    );
  });

  it('notice a root field whose only case is lean', () => {
    const cases = worstCases(schema, targets).filter(
      (c) => !c.name.startsWith('subgraph: hub depth 3, every field'),
    );
    expect(missingWorstCases(schema, cases)).toEqual(['Query.subgraph: no full-field case']);
  });

  it('stay within the document limits the API enforces', () => {
    for (const worstCase of worstCases(schema, targets)) {
      let fields = 0;
      visit(parse(worstCase.query, { maxTokens: DOCUMENT_LIMITS.tokens }), {
        Field: () => {
          fields += 1;
        },
      });
      // The API's breadth: every field selected, fragments' included.
      expect(fields, worstCase.name).toBeLessThanOrEqual(DOCUMENT_LIMITS.breadth);
    }
  });

  it('have names that tell them apart in the docs table', () => {
    const names = worstCases(schema, targets).map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('select, for every field, each field without arguments to a bounded depth', () => {
    const selection = fullSelection(schema, 'subgraph');
    expect(selection).toContain('edges { ');
    expect(selection).toContain('entity { __typename');
    // A list's items keep their own lists of objects (timelines, sources) out.
    expect(selection).not.toContain('timeline {');
  });
});
