import type { RelationType } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import { type EntityRow, propsOf, type RelationRow, toEntityRow, toRelationRow } from './rows.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Which relationships of a node to list; one DataLoader exists per distinct spec. */
export interface RelationSpec {
  types: RelationType[] | null;
  direction: Direction;
  /** Keep only relationships that held in this year. */
  activeAt: number | null;
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

const RELATIONS_OF_KEYS = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
  WITH r, other, startNode(r) AS a, endNode(r) AS b
  WHERE ${ACTIVE_AT_CONDITION}
  RETURN r, other, a.key AS fromKey, b.key AS toKey
  ORDER BY type(r), other.key
}
RETURN key, collect({
  type: type(r), from: fromKey, to: toKey, props: properties(r),
  other: properties(other), otherLabels: labels(other)
}) AS edges`;

/** The relationships of each key matching `spec`, in one round trip, in the order of `keys`. */
export async function relationsOfKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
): Promise<RelationEdge[][]> {
  const rows = await db.read(RELATIONS_OF_KEYS, { keys, ...spec });
  const byKey = new Map<string, RelationEdge[]>();
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
    byKey.set(key, edges);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
