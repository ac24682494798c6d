import type { Database } from '../db/database.js';
import { bool, namedQuery, type Row } from '../db/query.js';
import { BOUNDS } from '../limits.js';
import {
  decodeEntityRow,
  decodeEntityRows,
  decodeRelationRows,
  entityProjection,
  type ReadBriefness,
  relationProjection,
  WHOLE_READS,
} from '../model/projection.js';
import type { EntityRow, RelationRow } from '../model/types.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';

const MAX_PATH_HOPS = BOUNDS.pathHops.max;
// Only the model's relationship types: history (CHANGED) and aliases are never part of a path.
const MODEL_TYPES = Object.keys(RELATION_TYPES).join('|');

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
function shortestPathQuery(maxHops: number, filterTypes: boolean) {
  const name = `shortestPath${filterTypes ? 'Typed' : ''}${maxHops}`;
  // Neo4j's breadth-first search expands its first node first: from a hub that alone reads every
  // relationship of the hub. So it starts from the end with fewer relationships (a degree from the
  // count store), and the other way round gives the path back in walking order.
  const search = (fromB: boolean) => {
    const walk = (list: string) => (fromB ? `reverse(${list})` : list);
    return `
    WITH a, b WHERE ${fromB ? 'NOT ' : ''}fromA
    MATCH p = allShortestPaths((${fromB ? 'b' : 'a'})-[:${MODEL_TYPES}*..${maxHops}]-(${fromB ? 'a' : 'b'}))
    ${filterTypes ? 'WHERE all(r IN relationships(p) WHERE type(r) IN $types)' : ''}
    WITH p LIMIT 1000
    RETURN ${walk('nodes(p)')} AS pathNodes, ${walk('relationships(p)')} AS pathRels`;
  };
  const cypher = `
OPTIONAL MATCH (a:Entity {key: $from})
OPTIONAL MATCH (b:Entity {key: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  WITH a, b, COUNT { (a)--() } <= COUNT { (b)--() } AS fromA
  CALL (a, b, fromA) {${search(false)}
    UNION ALL${search(true)}
  }
  WITH pathNodes, pathRels, size([r IN pathRels WHERE r.disputed = true]) AS disputed
  ORDER BY disputed, [n IN pathNodes | n.key], [r IN pathRels | type(r)]
  RETURN pathNodes, pathRels LIMIT 1
}
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, a = b AS same,
  CASE WHEN a IS NULL THEN null ELSE ${entityProjection('a', '$briefNodes')} END AS fromEntity,
  [n IN pathNodes | ${entityProjection('n', '$briefNodes')}] AS nodes,
  [r IN pathRels | ${relationProjection('r', '$briefRelations')}] AS rels`;
  return namedQuery(name, cypher, decodePathRow);
}

function decodePathRow(row: Row) {
  return {
    fromExists: bool(row.fromExists),
    toExists: bool(row.toExists),
    same: bool(row.same),
    from: row.fromEntity == null ? null : decodeEntityRow(row.fromEntity),
    found: Array.isArray(row.nodes) && Array.isArray(row.rels),
    nodes: decodeEntityRows(row.nodes),
    relations: decodeRelationRows(row.rels),
  };
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
  brief: ReadBriefness = WHOLE_READS,
): Promise<PathResult> {
  const queries = SHORTEST_PATH_QUERIES[Math.min(Math.max(maxHops, 1), MAX_PATH_HOPS) - 1];
  if (!queries) throw new RangeError(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
  const rows = await db.read(types ? queries.typed : queries.any, {
    from,
    to,
    types,
    briefNodes: brief.nodes,
    briefRelations: brief.relations,
  });
  const row = rows[0];
  if (!row) return { missingKeys: [], path: null };
  const missingKeys = [row.fromExists ? null : from, row.toExists ? null : to].filter(
    (key): key is string => key !== null,
  );
  if (missingKeys.length > 0) return { missingKeys, path: null };
  if (row.same && row.from) return { missingKeys, path: { nodes: [row.from], steps: [] } };
  if (!row.found) return { missingKeys, path: null };
  const { nodes } = row;
  const steps = row.relations.map((relation, index): PathStep => {
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
