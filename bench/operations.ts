/**
 * The four operations measured, each as a GraphQL operation and as the raw Cypher a hand-written
 * client would send for the same answer (one query each). `*Shape` summarise both answers so the
 * run can check that the two sides really return the same thing before timing them.
 */
export interface BenchOperation {
  id: string;
  name: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
  graphqlShape(data: unknown): string;
  cypherShape(rows: Record<string, unknown>[]): string;
}

interface Edges<T> {
  edges: { node: T }[];
}

interface KeyNode {
  key: string;
}

interface Step {
  from: KeyNode;
  to: KeyNode;
  type: string;
}

interface RawStep {
  from: string;
  to: string;
  type: string;
}

interface RawMembership {
  key: string;
  members: string[];
}

function stepsText(steps: { from: string; type: string; to: string }[]): string {
  return steps.map((s) => `${s.from} -${s.type}- ${s.to}`).join(', ') || 'no path';
}

function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

const actorWithMemberships: BenchOperation = {
  id: 'a',
  name: 'actor + memberships',
  graphql:
    'query { actor(key: "mes") { key name memberships { edges { role since { value } node { key name } } } } }',
  // Same page as the connection's default `first: 20`, in the resolver's order.
  cypher: `
MATCH (a:Actor {key: $key})
RETURN a.key AS key, a.name AS name, COLLECT {
  MATCH (a)-[r:MEMBER_OF]->(body:Entity)
  WITH r, body ORDER BY body.key LIMIT 20
  RETURN {role: r.role, since: r.since, key: body.key, name: body.name}
} AS memberships`,
  params: { key: 'mes' },
  graphqlShape: (data) => {
    const { actor } = data as { actor: { memberships: Edges<KeyNode> } | null };
    return `${actor?.memberships.edges.length ?? 0} memberships`;
  },
  cypherShape: (rows) => `${arrayOf(rows[0]?.memberships).length} memberships`,
};

const twoLevelNested: BenchOperation = {
  id: 'b',
  name: 'two-level nested',
  graphql:
    'query { actors(first: 20) { edges { node { key memberships { edges { node { key ... on Actor { members { edges { node { key } } } } } } } } } } }',
  // Each list is cut at 20 like the GraphQL connections' default page.
  cypher: `
MATCH (a:Actor)
WITH a ORDER BY a.key LIMIT 20
RETURN a.key AS key, COLLECT {
  MATCH (a)-[:MEMBER_OF]->(body:Entity)
  WITH body ORDER BY body.key LIMIT 20
  RETURN {key: body.key, members: CASE WHEN body:Actor THEN COLLECT {
    MATCH (body)<-[:MEMBER_OF]-(member:Entity)
    WITH member ORDER BY member.key LIMIT 20
    RETURN member.key
  } ELSE [] END}
} AS memberships`,
  params: {},
  graphqlShape: (data) => {
    type Body = KeyNode & { members?: Edges<KeyNode> };
    const actors = (data as { actors: Edges<{ memberships: Edges<Body> }> }).actors.edges;
    const bodies = actors.flatMap((a) => a.node.memberships.edges);
    const members = bodies.reduce((sum, b) => sum + (b.node.members?.edges.length ?? 0), 0);
    return `${actors.length} actors, ${bodies.length} memberships, ${members} members`;
  },
  cypherShape: (rows) => {
    const bodies = rows.flatMap((row) => arrayOf<RawMembership>(row.memberships));
    const members = bodies.reduce((sum, b) => sum + b.members.length, 0);
    return `${rows.length} actors, ${bodies.length} memberships, ${members} members`;
  },
};

const shortestPath: BenchOperation = {
  id: 'c',
  name: 'shortestPath mes→ripess',
  graphql:
    'query { shortestPath(from: "mes", to: "ripess") { length steps { from { key } to { key } type } } }',
  // The resolver's tie-break (fewest disputed facts, then keys) so both sides pick the same path.
  cypher: `
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = allShortestPaths((a)-[*..4]-(b))
WITH p ORDER BY size([r IN relationships(p) WHERE r.disputed = true]),
  [n IN nodes(p) | n.key], [r IN relationships(p) | type(r)]
LIMIT 1
RETURN length(p) AS length, [i IN range(0, length(p) - 1) |
  {from: nodes(p)[i].key, to: nodes(p)[i + 1].key, type: type(relationships(p)[i])}] AS steps`,
  params: { from: 'mes', to: 'ripess' },
  graphqlShape: (data) => {
    const path = (data as { shortestPath: { steps: Step[] } | null }).shortestPath;
    return stepsText(
      (path?.steps ?? []).map((s) => ({ from: s.from.key, type: s.type, to: s.to.key })),
    );
  },
  cypherShape: (rows) => stepsText(arrayOf<RawStep>(rows[0]?.steps)),
};

const subgraphAroundMes: BenchOperation = {
  id: 'd',
  name: 'subgraph depth 2 around mes',
  graphql:
    'query { subgraph(keys: ["mes"], depth: 2) { truncated nodes { id key label kind } edges { id source target type } } }',
  // Nodes within 2 hops through entities, then every relationship among them.
  cypher: `
MATCH (seed:Entity {key: $key})
MATCH p = (seed)-[*0..2]-(n:Entity)
WHERE all(x IN nodes(p) WHERE x:Entity)
WITH n, min(length(p)) AS distance
ORDER BY distance, n.key
WITH collect({key: n.key, label: coalesce(n.acronym, n.name), kind: n.kind, distance: distance})
  AS nodes, collect(n) AS reached
RETURN nodes, COLLECT {
  UNWIND reached AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN reached
  WITH a, r, b ORDER BY a.key, type(r), b.key
  RETURN {id: a.key + '|' + type(r) + '|' + b.key, source: a.key, target: b.key, type: type(r)}
} AS edges`,
  params: { key: 'mes' },
  graphqlShape: (data) => {
    const { subgraph } = data as { subgraph: { nodes: unknown[]; edges: unknown[] } };
    return `${subgraph.nodes.length} nodes, ${subgraph.edges.length} edges`;
  },
  cypherShape: (rows) =>
    `${arrayOf(rows[0]?.nodes).length} nodes, ${arrayOf(rows[0]?.edges).length} edges`,
};

export const OPERATIONS: BenchOperation[] = [
  actorWithMemberships,
  twoLevelNested,
  shortestPath,
  subgraphAroundMes,
];
