import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { list, map, namedQuery, num, text } from '../db/query.js';
import { RELATION_ACTIVE_AT } from '../model/active-at.js';
import {
  decodeEntity,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Which relationships of a node to list; one DataLoader exists per distinct spec. */
export interface RelationSpec {
  types: RelationType[] | null;
  direction: Direction;
  /** Keep only relationships that held in this year. */
  activeAt: number | null;
  /** The page: relationships are ordered by type then by the other end's key. */
  offset: number;
  limit: number;
}

/** One page of a node's relationships, and how many there are in all. */
export interface RelationPage {
  edges: RelationEdge[];
  total: number;
}

/** One relationship seen from a node: the relationship and the node at its other end. */
export interface RelationEdge {
  relation: Relation;
  direction: 'OUTGOING' | 'INCOMING';
  other: Entity;
}

const MATCHING_RELATIONS = `
  MATCH (n)-[r]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
  WITH r, other, startNode(r) AS a, endNode(r) AS b
  WHERE ${RELATION_ACTIVE_AT}`;

function decodeEdge(key: string) {
  return (value: Plain): RelationEdge => {
    const edge = map(value);
    const relation = decodeRelation(edge.rel);
    return {
      relation,
      direction: relation.from === key ? 'OUTGOING' : 'INCOMING',
      other: decodeEntity(edge.other),
    };
  };
}

// The page is cut inside Neo4j, so a hub with many relationships never ships them all.
const RELATIONS_OF_KEYS = namedQuery(
  'relationsOfKeys',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  ${MATCHING_RELATIONS}
  WITH r, other, a, b ORDER BY type(r), other.key, a.key
  SKIP $offset LIMIT $limit
  RETURN collect({rel: ${relationProjection('r')}, other: ${entityProjection('other')}}) AS edges
}
CALL (n) {
  ${MATCHING_RELATIONS}
  RETURN count(r) AS total
}
RETURN key, edges, total`,
  (row) => {
    const key = text(row.key);
    return { key, page: { edges: list(decodeEdge(key))(row.edges), total: num(row.total) } };
  },
);

/** A page of the relationships of each key matching `spec`, in one round trip, in key order. */
export async function relationsOfKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
): Promise<RelationPage[]> {
  const rows = await db.read(RELATIONS_OF_KEYS, { keys, ...spec });
  const byKey = new Map(rows.map((row) => [row.key, row.page]));
  return keys.map((key) => byKey.get(key) ?? { edges: [], total: 0 });
}

// Founders: FOUNDED, or a founding membership (the model's one encoding of "founding member").
const FOUNDERS_OF_KEYS = namedQuery(
  'foundersOfKeys',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  MATCH (n)<-[r:MEMBER_OF|FOUNDED]-(other:Entity)
  WHERE type(r) = 'FOUNDED' OR r.founding = true
  WITH r, other ORDER BY other.key, type(r)
  LIMIT $limit
  RETURN collect({rel: ${relationProjection('r')}, other: ${entityProjection('other')}}) AS edges
}
RETURN key, edges`,
  (row) => {
    const key = text(row.key);
    return { key, edges: list(decodeEdge(key))(row.edges) };
  },
);

/** The founders of each key (at most `limit` each), in key order, in one round trip. */
export async function foundersOfKeys(
  db: Database,
  keys: readonly string[],
  limit: number,
): Promise<RelationEdge[][]> {
  const rows = await db.read(FOUNDERS_OF_KEYS, { keys, limit });
  const byKey = new Map(rows.map((row) => [row.key, row.edges]));
  return keys.map((key) => byKey.get(key) ?? []);
}
