import type { RelationType } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import {
  type EntityRow,
  entityProps,
  propsOf,
  type RelationRow,
  toEntityRow,
  toRelationRow,
} from './rows.js';

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
  relation: RelationRow;
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityRow;
}

// Without `since`, a relationship counts from the first year a source lists it (`attested`), else
// from the founding of the later of its two ends; without `until` it is taken as still holding.
export const ACTIVE_AT_CONDITION = `
  ($activeAt IS NULL OR (
    coalesce(
      r.sinceYear,
      r.attested[0],
      CASE WHEN coalesce(a.startYear, 0) > coalesce(b.startYear, 0) THEN a.startYear ELSE b.startYear END,
      $activeAt
    ) <= $activeAt
    AND coalesce(r.untilYear, $activeAt) >= $activeAt))`;

const MATCHING_RELATIONS = `
  MATCH (n)-[r]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
  WITH r, other, startNode(r) AS a, endNode(r) AS b
  WHERE ${ACTIVE_AT_CONDITION}`;

// The page is cut inside Neo4j, so a hub with many relationships never ships them all.
const RELATIONS_OF_KEYS = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  ${MATCHING_RELATIONS}
  WITH r, other, a, b ORDER BY type(r), other.key, a.key
  SKIP $offset LIMIT $limit
  RETURN collect({
    type: type(r), from: a.key, to: b.key, props: properties(r),
    other: ${entityProps('other')}, otherLabels: labels(other)
  }) AS edges
}
CALL (n) {
  ${MATCHING_RELATIONS}
  RETURN count(r) AS total
}
RETURN key, edges, total`;

/** A page of the relationships of each key matching `spec`, in one round trip, in key order. */
export async function relationsOfKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
): Promise<RelationPage[]> {
  const rows = await db.read(RELATIONS_OF_KEYS, { keys, ...spec });
  const byKey = new Map<string, RelationPage>();
  for (const row of rows) {
    const key = String(row.key);
    const edges = (Array.isArray(row.edges) ? row.edges : []).map((edge) => {
      const e = propsOf(edge);
      const from = String(e.from);
      return {
        relation: toRelationRow(String(e.type), from, String(e.to), propsOf(e.props)),
        direction: from === key ? ('OUTGOING' as const) : ('INCOMING' as const),
        other: toEntityRow(propsOf(e.other), e.otherLabels as string[]),
      };
    });
    byKey.set(key, { edges, total: Number(row.total ?? 0) });
  }
  return keys.map((key) => byKey.get(key) ?? { edges: [], total: 0 });
}
