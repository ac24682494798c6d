import type { Database } from '../../src/db/database.js';
import { encodeRelationCursor } from '../../src/graph/relation-cursor.js';
import type { SyntheticShape } from './synthetic-graph.js';

/** One root field at its documented worst case, as a GraphQL request. */
export interface WorstCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** An error code that is this case's right answer where the graph is over a bound. */
  refusal?: string;
}

/** The cursor `actors` hands out for a key (see src/schema/actors.ts). */
const actorCursor = (key: string) => Buffer.from(`actor:${key}`).toString('base64url');

/** The cursor of the hub's last page of 100 members: after its 101st member from the end. */
export async function lastMembersCursor(db: Database, hub: string): Promise<string> {
  const [row] = await db.read(
    `MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {key: $hub})
     WITH m.key AS key ORDER BY key
     WITH collect(key) AS keys
     RETURN keys[CASE WHEN size(keys) > 101 THEN size(keys) - 101 ELSE 0 END] AS key`,
    { hub },
  );
  const key = String(row?.key ?? '');
  return encodeRelationCursor({ type: 'MEMBER_OF', otherKey: key, fromKey: key });
}

/**
 * Each root field where it costs most: the biggest hub, the deepest page, the widest filter and
 * the largest limit. `hub` and `last` come from the graph being measured (curated or synthetic).
 */
export function worstCases(hub: string, deepMembers: string, lastActorKey: string): WorstCase[] {
  return [
    {
      name: 'actors first page (100)',
      query: '{ actors(first: 100) { edges { node { key name } } } }',
    },
    {
      name: 'actors last page',
      query: `{ actors(first: 100, after: "${actorCursor(lastActorKey)}") { edges { node { key } } pageInfo { hasNextPage } } }`,
    },
    {
      name: 'actors memberOf hub + activeAt + totalCount',
      query: `{ actors(first: 100, filter: { memberOf: "${hub}", activeAt: 2015 }) { totalCount edges { node { key } } } }`,
    },
    {
      name: 'hub members first page + totalCount',
      query: `{ actor(key: "${hub}") { members(first: 100) { totalCount edges { role node { key name } } } } }`,
    },
    {
      name: 'hub members last page',
      query: `{ actor(key: "${hub}") { members(first: 100, after: "${deepMembers}") { edges { node { key } } } } }`,
    },
    {
      name: 'hub memberships (outgoing)',
      query: `{ actor(key: "${hub}") { memberships { edges { node { key } } } } }`,
    },
    {
      name: 'hub timeline',
      query: `{ actor(key: "${hub}") { timelineTruncated timeline { year summary } } }`,
    },
    {
      name: 'hub neighbors depth 2',
      query: `{ actor(key: "${hub}") { neighbors(depth: 2) { distance node { key } } } }`,
    },
    {
      name: 'subgraph hub depth 3 limit 2000',
      query: `{ subgraph(keys: ["${hub}"], depth: 3, limit: 2000) { truncated nodes { id key } edges { id source target } } }`,
    },
    {
      name: 'shortestPath hub to last actor',
      query: `{ shortestPath(from: "${hub}", to: "${lastActorKey}", maxHops: 8) { length } }`,
    },
    {
      name: 'stats (cached after the first call)',
      query:
        '{ stats(top: 100) { nodes relations disputedRelations byKind { kind count } mostConnected { degree actor { key } } } }',
    },
    {
      name: 'metrics hub depth 1 (refused over 2,000 nodes)',
      query: `{ metrics(keys: ["${hub}"], depth: 1) { communities nodes { key pagerank } } }`,
      refusal: 'BAD_USER_INPUT',
    },
    {
      name: 'search',
      query: '{ search(query: "synthetic network", first: 100) { score actor { key } } }',
    },
  ];
}

/** Worst cases on the synthetic graph: its biggest hub and its last actor. */
export async function syntheticWorstCases(
  db: Database,
  shape: SyntheticShape,
): Promise<WorstCase[]> {
  const hub = shape.hubs[0]?.key ?? 'syn-0000000';
  const last = `syn-${String(shape.actors - 1).padStart(7, '0')}`;
  return worstCases(hub, await lastMembersCursor(db, hub), last);
}
