import { describe, expect, it } from 'vitest';
import { type RelationSpec, relationsOfKeys } from '../../src/graph/relations.js';
import { subgraph } from '../../src/graph/subgraph.js';
import { isBrief } from '../../src/model/types.js';
import { useCuratedApp } from '../support/curated-app.js';
import { executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();

interface Edge {
  cursor: string;
  node: Record<string, unknown>;
}
type Connection = { edges: Edge[] };

async function data<T>(query: string): Promise<T> {
  const result = await executeText(app(), query);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const identity = (node: Record<string, unknown>) => ({
  key: node.key,
  name: node.name,
  kind: node.kind,
  acronym: node.acronym,
});

describe('lean rows: brief reads when the selection asks for no more', () => {
  it('reads the other ends and relationships briefly only when told to', async () => {
    const spec: RelationSpec = {
      types: ['MEMBER_OF'],
      direction: 'INCOMING',
      activeAt: null,
      after: null,
      limit: 50,
      brief: { nodes: false, relations: false },
    };
    const [whole] = await relationsOfKeys(db(), ['mes'], spec);
    const [brief] = await relationsOfKeys(db(), ['mes'], {
      ...spec,
      brief: { nodes: true, relations: true },
    });
    expect(whole?.length).toBeGreaterThan(5);
    expect(brief?.map((edge) => [edge.relation.from, edge.relation.to, edge.other.key])).toEqual(
      whole?.map((edge) => [edge.relation.from, edge.relation.to, edge.other.key]),
    );
    // Whole reads carry the sources; brief ones are brief rows, whose type has none.
    expect(whole?.every((edge) => !isBrief(edge.other) && edge.other.sources.length > 0)).toBe(
      true,
    );
    expect(whole?.some((edge) => !isBrief(edge.relation) && edge.relation.sources.length > 0)).toBe(
      true,
    );
    expect(brief?.every((edge) => isBrief(edge.other) && isBrief(edge.relation))).toBe(true);
    const [graph, briefGraph] = await Promise.all([
      subgraph(db(), ['mes'], 1, null, 100),
      subgraph(db(), ['mes'], 1, null, 100, { nodes: true, relations: true }),
    ]);
    expect(briefGraph.nodes.map((n) => n.entity.key)).toEqual(graph.nodes.map((n) => n.entity.key));
    expect(briefGraph.nodes.every((n) => isBrief(n.entity))).toBe(true);
    expect(graph.nodes.every((n) => !isBrief(n.entity) && n.entity.sources.length > 0)).toBe(true);
  });

  it('answers the identity fields alike, whether the page was read briefly or whole', async () => {
    const brief = await data<{ actor: { members: Connection } }>(
      '{ actor(key: "mes") { members(first: 50) { edges { cursor node { key name kind ... on Actor { acronym } } } } } }',
    );
    const whole = await data<{ actor: { members: Connection } }>(
      '{ actor(key: "mes") { members(first: 50) { edges { cursor role node { key name kind description ... on Actor { acronym } } } } } }',
    );
    const briefEdges = brief.actor.members.edges;
    expect(briefEdges.length).toBeGreaterThan(5);
    expect(briefEdges.map((e) => [e.cursor, identity(e.node)])).toEqual(
      whole.actor.members.edges.map((e) => [e.cursor, identity(e.node)]),
    );
    expect(whole.actor.members.edges.some((e) => typeof e.node.description === 'string')).toBe(
      true,
    );
  });

  it('reads a root node briefly only for its own request field, never for another one', async () => {
    type Root = { key: string; name: string; description?: string; memberships: Connection };
    const both = await data<{ brief: Root; whole: Root; plain: Root }>(
      `{ brief: actor(key: "mes") { key name memberships { edges { node { key } } } }
         whole: actor(key: "mes") { key name description memberships { edges { node { key } } } }
         plain: actor(key: "mes") { description } }`,
    );
    expect(both.brief.name).toBe(both.whole.name);
    expect(both.brief.memberships).toEqual(both.whole.memberships);
    expect(both.brief.memberships.edges.length).toBeGreaterThan(0);
    // The brief read is not shared with fields that read more of the node.
    expect(typeof both.whole.description).toBe('string');
    expect(both.plain.description).toBe(both.whole.description);
  });

  it('keeps two selections of one connection apart in one request (aliases)', async () => {
    const both = await data<{ actor: { short: Connection; long: Connection } }>(
      `{ actor(key: "mes") {
          short: members(first: 50) { edges { node { key } } }
          long: members(first: 50) { edges { role node { key description } } }
        } }`,
    );
    expect(both.actor.short.edges.map((e) => e.node.key)).toEqual(
      both.actor.long.edges.map((e) => e.node.key),
    );
    expect(both.actor.long.edges.some((e) => typeof e.node.description === 'string')).toBe(true);
  });

  it('reads a whole node when a fragment asks for more than the identity fields', async () => {
    const result = await data<{ actors: Connection }>(
      '{ actors(first: 30) { edges { node { key ...more } } } } fragment more on Actor { description sources { key } }',
    );
    const nodes = result.actors.edges.map((e) => e.node);
    expect(
      nodes.every((node) => Array.isArray(node.sources) && (node.sources as unknown[]).length > 0),
    ).toBe(true);
  });

  it('draws the same subgraph briefly as whole, and reads whole nodes when `disputed` is asked', async () => {
    type Graph = {
      subgraph: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    };
    const brief = await data<Graph>(
      '{ subgraph(keys: ["mes"], depth: 2) { nodes { id key label kind } edges { id source target type } } }',
    );
    const whole = await data<Graph>(
      '{ subgraph(keys: ["mes"], depth: 2) { nodes { id key label kind disputed } edges { id source target type role since } } }',
    );
    const pick = (items: Record<string, unknown>[], names: string[]) =>
      items.map((item) => names.map((name) => item[name]));
    expect(pick(brief.subgraph.nodes, ['id', 'key', 'label', 'kind'])).toEqual(
      pick(whole.subgraph.nodes, ['id', 'key', 'label', 'kind']),
    );
    expect(pick(brief.subgraph.edges, ['id', 'source', 'target', 'type'])).toEqual(
      pick(whole.subgraph.edges, ['id', 'source', 'target', 'type']),
    );
    expect(whole.subgraph.edges.some((edge) => edge.since !== null || edge.role !== null)).toBe(
      true,
    );
  });

  it('finds the same shortest path briefly as whole', async () => {
    type Path = {
      shortestPath: { steps: Record<string, unknown>[]; nodes: Record<string, unknown>[] };
    };
    const brief = await data<Path>(
      '{ shortestPath(from: "mes", to: "ripess") { nodes { key name } steps { from { key } to { key } type direction } } }',
    );
    const whole = await data<Path>(
      '{ shortestPath(from: "mes", to: "ripess") { nodes { key name description } steps { from { key } to { key } type direction relation { sources { key } } } } }',
    );
    const withoutRelation = whole.shortestPath.steps.map(({ relation: _, ...step }) => step);
    expect(brief.shortestPath.steps).toEqual(withoutRelation);
    expect(brief.shortestPath.nodes).toEqual(
      whole.shortestPath.nodes.map(({ key, name }) => ({ key, name })),
    );
    expect(
      whole.shortestPath.steps.every(
        (step) => (step.relation as { sources: unknown[] }).sources.length > 0,
      ),
    ).toBe(true);
  });
});
