import { describe, expect, it } from 'vitest';
import { type RelationSpec, relationsOfKeys } from '../../src/graph/relations.js';
import { isBrief } from '../../src/model/types.js';
import { useCuratedApp } from '../support/curated-app.js';
import { executeText } from '../support/graphql-client.js';

// Key-only rows: a page whose other ends select only their key, type or connections reads no
// name or acronym; the answers are those of the brief and whole reads.
const { app, db } = useCuratedApp();

type Node = Record<string, unknown>;
type Connection = { edges: { cursor: string; node: Node }[] };

async function data<T>(query: string): Promise<T> {
  const result = await executeText(app(), query);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('key-only rows', () => {
  it('reads the same other ends, of the same types, without their names', async () => {
    const brief = (nodeKeys: boolean) => ({ nodes: true, relations: true, nodeKeys });
    const spec = (nodeKeys: boolean): RelationSpec => ({
      types: null,
      direction: 'BOTH',
      activeAt: null,
      after: null,
      limit: 40,
      brief: brief(nodeKeys),
    });
    const [[read], [keys]] = await Promise.all([
      relationsOfKeys(db(), ['mes'], spec(false)),
      relationsOfKeys(db(), ['mes'], spec(true)),
    ]);
    expect(read?.length).toBeGreaterThan(5);
    const typeOf = (edge: { other: { key: string; family: string; kind: string | null } }) => [
      edge.other.key,
      edge.other.family,
      edge.other.kind,
    ];
    expect(keys?.map(typeOf)).toEqual(read?.map(typeOf));
    expect(keys?.every((edge) => isBrief(edge.other) && edge.other.name === edge.other.key)).toBe(
      true,
    );
    expect(read?.some((edge) => edge.other.name !== edge.other.key)).toBe(true);
  });

  it('answers keys, types, ids and nested pages alike, whether the names were read or not', async () => {
    const select = (extra: string) =>
      `{ actors(first: 10) { edges { cursor node { key ${extra} memberships(first: 10) { edges { cursor node {
          __typename key ... on Node { id } ${extra} ... on Actor { members(first: 10) { edges { cursor node { __typename key ... on Node { id } ${extra} } } } }
        } } } } } } }`;
    const keys = await data<{ actors: Connection }>(select(''));
    const named = await data<{ actors: Connection }>(select('name'));
    const strip = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value), (k, v) => (k === 'name' ? undefined : v));
    expect(keys).toEqual(strip(named));
    const memberships = keys.actors.edges.flatMap((e) => (e.node.memberships as Connection).edges);
    expect(memberships.length).toBeGreaterThan(5);
    expect(memberships.some((e) => (e.node.members as Connection | undefined)?.edges.length)).toBe(
      true,
    );
  });

  it('reads names for one selection and none for its alias in the same request', async () => {
    const both = await data<{ actor: { short: Connection; long: Connection } }>(
      `{ actor(key: "mes") {
          short: members(first: 50) { edges { node { key } } }
          long: members(first: 50) { edges { node { key name } } }
        } }`,
    );
    expect(both.actor.short.edges.map((e) => e.node.key)).toEqual(
      both.actor.long.edges.map((e) => e.node.key),
    );
    expect(both.actor.long.edges.every((e) => typeof e.node.name === 'string')).toBe(true);
    expect(both.actor.long.edges.some((e) => e.node.name !== e.node.key)).toBe(true);
  });
});
