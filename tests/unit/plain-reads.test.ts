import { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readsOwnProperty } from '../../src/builder-plugins/plain-reads.js';
import { schema } from '../../src/schema/index.js';

function fieldOf(type: string, field: string) {
  const object = schema.getType(type);
  if (!(object instanceof GraphQLObjectType)) throw new Error(`${type} is not an object type`);
  const found = object.getFields()[field];
  if (!found) throw new Error(`${type}.${field} does not exist`);
  return found;
}

describe('readsOwnProperty', () => {
  it('knows a resolver that returns its parent’s property of the field’s name', () => {
    expect(readsOwnProperty((edge: { node: unknown }) => edge.node, 'node')).toBe(true);
    expect(readsOwnProperty((row: { kind: unknown }) => row.kind, 'kind')).toBe(true);
  });

  it('keeps every other resolver', () => {
    expect(readsOwnProperty((edge: { node: unknown }) => edge.node, 'edges')).toBe(false);
    expect(
      readsOwnProperty((c: { totalCount: () => number }) => c.totalCount(), 'totalCount'),
    ).toBe(false);
    const other = { node: 1 };
    expect(readsOwnProperty((_edge: unknown) => other.node, 'node')).toBe(false);
    expect(readsOwnProperty((edge: { node: { key: string } }) => edge.node.key, 'node')).toBe(
      false,
    );
    expect(readsOwnProperty((_p: unknown, args: { node: unknown }) => args.node, 'node')).toBe(
      false,
    );
  });
});

describe('the built schema', () => {
  it('leaves relay’s edges, node and pageInfo, and our own property reads, to the executor', () => {
    expect(fieldOf('RelationConnection', 'edges').resolve).toBeUndefined();
    expect(fieldOf('RelationConnection', 'pageInfo').resolve).toBeUndefined();
    expect(fieldOf('RelationEdge', 'node').resolve).toBeUndefined();
    expect(fieldOf('ActorEdge', 'node').resolve).toBeUndefined();
    expect(fieldOf('Actor', 'kind').resolve).toBeUndefined();
  });

  it('keeps the resolvers that compute, count or read the database', () => {
    expect(fieldOf('RelationConnection', 'totalCount').resolve).toBeTypeOf('function');
    expect(fieldOf('Actor', 'memberships').resolve).toBeTypeOf('function');
    expect(fieldOf('RelationEdge', 'relation').resolve).toBeTypeOf('function');
    expect(fieldOf('Query', 'actors').resolve).toBeTypeOf('function');
  });
});
