import { describe, expect, it } from 'vitest';
import { shapeOf, syntheticRelations } from '../../bench/scale/synthetic-graph.js';

describe('the synthetic graph of bench:scale', () => {
  it('has exactly the edges asked for, one per (from, type, to) as the model keeps them', () => {
    const shape = shapeOf(100_000);
    const ids = new Set<string>();
    let count = 0;
    for (const relation of syntheticRelations(shape)) {
      ids.add(`${relation.from}|${relation.type}|${relation.to}`);
      count += 1;
    }
    expect(count).toBe(100_000);
    expect(ids.size).toBe(count);
  });

  it('gives its biggest hub the members its shape says', () => {
    const shape = shapeOf(100_000);
    const [hub] = shape.hubs;
    let members = 0;
    for (const relation of syntheticRelations(shape)) {
      if (relation.to === hub?.key && relation.type === 'MEMBER_OF') members += 1;
    }
    expect(members).toBeGreaterThanOrEqual(hub?.members ?? 1);
  });
});
