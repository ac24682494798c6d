import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { RelationSpec } from '../../src/graph/relations.js';
import { createLoaders } from '../../src/loaders.js';

// The relation loaders of a request: one per page spec, the same whatever the order of its types,
// never one for two specs that read different pages. No query runs: only the loaders are compared.
describe('the relation loader of a page spec', () => {
  const base: RelationSpec = {
    types: ['MEMBER_OF', 'FUNDS'],
    direction: 'OUTGOING',
    activeAt: null,
    after: null,
    limit: 10,
    brief: { nodes: false, relations: false },
  };
  const loaders = () => createLoaders({} as Database);

  it('is one for the same spec, whatever the order of its types', () => {
    const { relations } = loaders();
    expect(relations({ ...base, types: ['FUNDS', 'MEMBER_OF'] })).toBe(relations(base));
    expect(relations({ ...base, brief: { ...base.brief } })).toBe(relations(base));
  });

  it('is another for each field that changes the page', () => {
    const { relations } = loaders();
    const others: RelationSpec[] = [
      { ...base, types: ['MEMBER_OF'] },
      { ...base, types: null },
      { ...base, types: [] },
      { ...base, direction: 'BOTH' },
      { ...base, activeAt: 2010 },
      { ...base, after: { type: 'FUNDS', otherKey: 'b', fromKey: 'a' } },
      { ...base, limit: 11 },
      { ...base, otherDegrees: true },
      { ...base, otherDegrees: false },
      { ...base, brief: { nodes: true, relations: false } },
      { ...base, brief: { nodes: false, relations: true } },
      { ...base, brief: { nodes: true, relations: false, nodeKeys: true } },
      { ...base, brief: { nodes: true, relations: false, nodeKeys: false } },
      { ...base, after: { type: 'FUNDS', otherKey: 'b|10', fromKey: 'a' } },
    ];
    const all = new Set([base, ...others].map((spec) => relations(spec)));
    expect(all.size).toBe(others.length + 1);
  });

  it('counts with one loader per filter, whatever the order of its types', () => {
    const { relationCounts } = loaders();
    const filter = { types: base.types, direction: base.direction, activeAt: null };
    expect(relationCounts({ ...filter, types: ['FUNDS', 'MEMBER_OF'] })).toBe(
      relationCounts(filter),
    );
    expect(relationCounts({ ...filter, types: null })).not.toBe(relationCounts(filter));
  });
});
