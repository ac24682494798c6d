import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCuratedApp } from '../support/curated-app.js';
import { executeText } from '../support/graphql-client.js';

// Brief rows carry a node's labels only when its stored kind is not a known one
// (model/projection.ts): these nodes have no kind, or an unknown one, so their labels decide.
const { app, db } = useCuratedApp();

const ODD_NODES = [
  { key: 'brief-labels-no-kind', labels: 'Entity:Actor:Network', kind: null },
  { key: 'brief-labels-event', labels: 'Entity:Event', kind: null },
  { key: 'brief-labels-unknown-kind', labels: 'Entity:Actor:Federation', kind: 'NotAKind' },
];

beforeAll(async () => {
  for (const node of ODD_NODES) {
    await db().write(
      `MATCH (mes:Entity {key: 'mes'})
       CREATE (n:${node.labels} {key: $key, name: $key, sources: ['S1']})
       SET n.kind = $kind
       CREATE (n)-[:MEMBER_OF {sources: ['S1'], fromKey: $key, toKey: 'mes'}]->(mes)`,
      { key: node.key, kind: node.kind },
    );
  }
});

afterAll(async () => {
  await db().write('MATCH (n:Entity) WHERE n.key STARTS WITH $prefix DETACH DELETE n', {
    prefix: 'brief-labels-',
  });
});

interface Node {
  __typename: string;
  key: string;
  kind: string | null;
}

async function members(fields: string): Promise<Node[]> {
  const result = await executeText(
    app(),
    `{ actor(key: "mes") { members(first: 100) { edges { node { __typename key kind ${fields} } } } } }`,
  );
  expect(result.errors).toBeUndefined();
  const { actor } = result.data as { actor: { members: { edges: { node: Node }[] } } };
  return actor.members.edges
    .map((edge) => edge.node)
    .filter((node) => node.key.startsWith('brief-labels-'))
    .map(({ __typename, key, kind }) => ({ __typename, key, kind }));
}

async function subgraphNodes(fields: string): Promise<Node[]> {
  const result = await executeText(
    app(),
    `{ subgraph(keys: ["mes"], depth: 1) { nodes { key kind ${fields} } } }`,
  );
  expect(result.errors).toBeUndefined();
  const { subgraph } = result.data as { subgraph: { nodes: Omit<Node, '__typename'>[] } };
  return subgraph.nodes
    .filter((node) => node.key.startsWith('brief-labels-'))
    .map(({ key, kind }) => ({ __typename: 'GraphNode', key, kind }));
}

describe('brief rows of nodes whose kind is missing or unknown', () => {
  it('give the type and kind of their labels, as whole reads do', async () => {
    const brief = await members('');
    expect(brief).toEqual([
      { __typename: 'Event', key: 'brief-labels-event', kind: 'Event' },
      { __typename: 'Actor', key: 'brief-labels-no-kind', kind: 'Network' },
      { __typename: 'Actor', key: 'brief-labels-unknown-kind', kind: 'Federation' },
    ]);
    expect(await members('description')).toEqual(brief);
  });

  it('give the subgraph the kinds of their labels, as whole reads do', async () => {
    const brief = await subgraphNodes('');
    expect(brief.map((node) => node.kind)).toEqual(['Event', 'Network', 'Federation']);
    expect(await subgraphNodes('disputed')).toEqual(brief);
  });
});
