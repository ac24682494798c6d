import type { RelationType } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import { type EntityRow, propsOf, type RelationRow, toEntityRow, toRelationRow } from './rows.js';

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

// The bound must be a literal: search up to the maximum, then keep the path only if it is within
// $maxHops. Among equally short paths, the one with the fewest disputed facts wins, then by keys.
const SHORTEST_PATH = `
OPTIONAL MATCH (a:Entity {key: $from})
OPTIONAL MATCH (b:Entity {key: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*..${MAX_PATH_HOPS}]-(b))
  WHERE $types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types)
  WITH p LIMIT 1000
  WITH p, size([r IN relationships(p) WHERE r.disputed = true]) AS disputed
  ORDER BY disputed, [n IN nodes(p) | n.key], [r IN relationships(p) | type(r)]
  RETURN p LIMIT 1
}
WITH a, b, CASE WHEN length(p) <= $maxHops THEN p END AS p
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, a = b AS same,
  properties(a) AS fromProps, labels(a) AS fromLabels,
  [n IN nodes(p) | {props: properties(n), labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).key, to: endNode(r).key, props: properties(r)}] AS rels`;

/** The shortest path between two keys in any direction, within `maxHops`; one round trip. */
export async function shortestPath(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  types: RelationType[] | null,
): Promise<PathResult> {
  const rows = await db.read(SHORTEST_PATH, { from, to, maxHops, types });
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
  const nodes = row.nodes.map((node) => {
    const n = propsOf(node);
    return toEntityRow(propsOf(n.props), n.labels as string[]);
  });
  const steps = row.rels.map((rel, index): PathStep => {
    const r = propsOf(rel);
    const relation = toRelationRow(String(r.type), String(r.from), String(r.to), propsOf(r.props));
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
