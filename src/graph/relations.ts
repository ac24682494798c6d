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
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';

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

/** The relationship part of a spec, without the page: what a count depends on. */
export type RelationFilter = Omit<RelationSpec, 'offset' | 'limit'>;

/** One relationship seen from a node: the relationship and the node at its other end. */
export interface RelationEdge {
  relation: Relation;
  direction: 'OUTGOING' | 'INCOMING';
  other: Entity;
}

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * For each node `n` of `$keys`, a subquery over its matching relationships `r` (to `other`, with
 * `fromKey` the key of their start) ending with `tail`. One directed branch per direction, each
 * guarded by a parameter (`$outgoing`, `$incoming`), so Neo4j reads only the relationship groups
 * of the direction asked for; types outside the closed vocabulary are never listed.
 */
function perKeyOverRelations(tail: string): string {
  const branch = (guard: string, pattern: string, start: string, end: string) => `
    WITH n WHERE ${guard}
    MATCH ${pattern} WHERE type(r) IN $types
    WITH r, other, ${start} AS a, ${end} AS b WHERE ${RELATION_ACTIVE_AT}
    RETURN r, other, a.key AS fromKey`;
  return `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  CALL (n) {${branch('$outgoing', '(n)-[r]->(other:Entity)', 'n', 'other')}
    UNION ALL${branch('$incoming', '(n)<-[r]-(other:Entity)', 'other', 'n')}
  }
  ${tail}
}`;
}

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
${perKeyOverRelations(`WITH r, other ORDER BY type(r), other.key, fromKey
  SKIP $offset LIMIT $limit
  RETURN collect({rel: ${relationProjection('r')}, other: ${entityProjection('other')}}) AS edges`)}
RETURN key, edges`,
  (row) => {
    const key = text(row.key);
    return { key, edges: list(decodeEdge(key))(row.edges) };
  },
);

// Without a year, each count is the node's degree for one type and direction, kept by the store.
const RELATION_COUNTS = namedQuery(
  'relationCounts',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, ${ALL_TYPES.flatMap((type) => [
    `CASE WHEN $outgoing AND '${type}' IN $types THEN COUNT { (n)-[:${type}]->() } ELSE 0 END`,
    `CASE WHEN $incoming AND '${type}' IN $types THEN COUNT { (n)<-[:${type}]-() } ELSE 0 END`,
  ]).join(' +\n  ')} AS total`,
  (row) => ({ key: text(row.key), total: num(row.total) }),
);

const RELATION_COUNTS_ACTIVE_AT = namedQuery(
  'relationCountsActiveAt',
  `
${perKeyOverRelations('RETURN count(r) AS total')}
RETURN key, total`,
  (row) => ({ key: text(row.key), total: num(row.total) }),
);

/** The relationship types to follow out of and into each node, as the branches' guards read them. */
function directions(spec: Pick<RelationSpec, 'types' | 'direction'>) {
  return {
    types: spec.types ?? ALL_TYPES,
    outgoing: spec.direction !== 'INCOMING',
    incoming: spec.direction !== 'OUTGOING',
  };
}

/** A page of the relationships of each key matching `spec`, in one round trip, in key order. */
export async function relationsOfKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
): Promise<RelationEdge[][]> {
  const rows = await db.read(RELATIONS_OF_KEYS, {
    keys,
    ...directions(spec),
    activeAt: spec.activeAt,
    offset: spec.offset,
    limit: spec.limit,
  });
  const byKey = new Map(rows.map((row) => [row.key, row.edges]));
  return keys.map((key) => byKey.get(key) ?? []);
}

/** How many relationships of each key match the filter (all pages), in one round trip. */
export async function relationCountsOfKeys(
  db: Database,
  keys: readonly string[],
  filter: RelationFilter,
): Promise<number[]> {
  const query = filter.activeAt === null ? RELATION_COUNTS : RELATION_COUNTS_ACTIVE_AT;
  const rows = await db.read(query, {
    keys,
    ...directions(filter),
    activeAt: filter.activeAt,
  });
  const byKey = new Map(rows.map((row) => [row.key, row.total]));
  return keys.map((key) => byKey.get(key) ?? 0);
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
