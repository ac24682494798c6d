import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toParams } from '../../src/db/plain.js';

// Parameters for the driver: whole numbers as Integers, maps and lists copied, every key kept.
describe('toParams', () => {
  it('makes whole numbers Integers in maps and lists, and leaves the rest', () => {
    const params = toParams({ limit: 21, share: 0.5, keys: ['a', 3], brief: { nodes: true } });
    expect(params).toEqual({
      limit: neo4j.int(21),
      share: 0.5,
      keys: ['a', neo4j.int(3)],
      brief: { nodes: true },
    });
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });

  it('keeps a client map’s `__proto__` key as a key of its own', () => {
    const params = toParams(JSON.parse('{"__proto__": {"x": 1}, "a": 2}')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(params)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(params, '__proto__')?.value).toEqual({
      x: neo4j.int(1),
    });
  });
});
