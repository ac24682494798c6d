import type { RelationType } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import {
  type EntityRow,
  entityProps,
  propsOf,
  type RelationRow,
  toEntityRow,
  toEntityRows,
  toRelationRows,
} from './rows.js';

export const MAX_PATH_HOPS = 8;

export interface PathStep {
  from: EntityRow;
  to: EntityRow;
  relation: RelationRow;
  /** FORWARD when the relationship points along the walk, BACKWARD when against it. */
  direction: 'FORWARD' | 'BACKWARD';
}

export interface PathResult {
  missingKeys: string[];
  path: { nodes: EntityRow[]; steps: PathStep[] } | null;
}

/**
 * The query for one bound and with or without a type filter. Variable-length bounds cannot be
 * parameters, so there is one prepared text per bound in 1..MAX_PATH_HOPS, chosen by the validated
 * number, never built from input. A bare `all(...)` on the relationships lets Neo4j apply the type
 * filter during the breadth-first search instead of falling back to an exhaustive one.
 */
function shortestPathQuery(maxHops: number, filterTypes: boolean): string {
  return `
OPTIONAL MATCH (a:Entity {key: $from})
OPTIONAL MATCH (b:Entity {key: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${maxHops}]-(b))
  ${filterTypes ? 'WHERE all(r IN relationships(p) WHERE type(r) IN $types)' : ''}
  WITH p LIMIT 1000
  WITH p, size([r IN relationships(p) WHERE r.disputed = true]) AS disputed
  ORDER BY disputed, [n IN nodes(p) | n.key], [r IN relationships(p) | type(r)]
  RETURN p LIMIT 1
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, a = b AS same,
  ${entityProps('a')} AS fromProps, labels(a) AS fromLabels,
  [n IN nodes(p) | {props: ${entityProps('n')}, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}] AS rels`;
}

// Among equally short paths, the one with the fewest disputed facts wins (of the first 1000 found).
const SHORTEST_PATH_QUERIES = Array.from({ length: MAX_PATH_HOPS }, (_, index) => ({
  any: shortestPathQuery(index + 1, false),
  typed: shortestPathQuery(index + 1, true),
}));

/** The shortest path between two keys in any direction, within `maxHops`; one round trip. */
export async function shortestPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  types: RelationType[] | null,
): Promise<PathResult> {
  const queries = SHORTEST_PATH_QUERIES[Math.min(Math.max(maxHops, 1), MAX_PATH_HOPS) - 1];
  if (!queries) throw new RangeError(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
  const rows = await db.read(types ? queries.typed : queries.any, { from, to, types });
  const row = rows[0];
  if (!row) return { missingKeys: [], path: null };
  const missingKeys = [row.fromExists ? null : from, row.toExists ? null : to].filter(
    (key): key is string => key !== null,
  );
  if (missingKeys.length > 0) return { missingKeys, path: null };
  if (row.same) {
    return {
      missingKeys,
      path: { nodes: [toEntityRow(propsOf(row.fromProps), row.fromLabels as string[])], steps: [] },
    };
  }
  if (!Array.isArray(row.nodes) || !Array.isArray(row.rels)) return { missingKeys, path: null };
  const nodes = toEntityRows(row.nodes);
  const steps = toRelationRows(row.rels).map((relation, index): PathStep => {
    const walkFrom = nodes[index] as EntityRow;
    return {
      from: walkFrom,
      to: nodes[index + 1] as EntityRow,
      relation,
      direction: relation.from === walkFrom.key ? 'FORWARD' : 'BACKWARD',
    };
  });
  return { missingKeys, path: { nodes, steps } };
}
