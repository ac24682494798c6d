import type { Database } from '../db/database.js';
import { namedQuery, num, text } from '../db/query.js';
import { missingEntityKeys } from '../graph/entities.js';
import { BOUNDS } from '../limits.js';
import { nodeActiveAt } from '../model/active-at.js';
import { type ExportGraph, RELATION_OK, readGraphAmong, WHOLE_GRAPH_KEYS } from './graph-query.js';
import type { ExportOptions } from './options.js';

const DEPTHS = Array.from({ length: BOUNDS.subgraphDepth.max }, (_, index) => index + 1);

/**
 * One breadth-first level: the nodes one step from `found{L-1}` not seen before, at most
 * `$max + 1` of them, read only while fewer than `$max` nodes are seen (a hub's expansion stops at
 * the cap: the rows are pulled lazily up to the LIMIT).
 */
function levelCypher(level: number): string {
  const [front, seen] = [`found${level - 1}`, `seen${level - 1}`];
  return `
CALL (${front}, ${seen}) {
  WITH ${front}, ${seen} WHERE $depth >= ${level} AND size(${seen}) <= $max
  UNWIND ${front} AS a
  MATCH (a)-[r]-(b:Entity)
  WHERE ${RELATION_OK} AND ${nodeActiveAt('b')}
  WITH DISTINCT b WHERE NOT b IN ${seen}
  WITH b LIMIT $max + 1
  RETURN collect(b) AS found${level}
}
WITH *, ${seen} + found${level} AS seen${level}`;
}

/**
 * The keys within `$depth` steps of `$keys` and their distance, at most `$max + 1` rows: more
 * rows than `$max` means the neighbourhood is over the cap, found without reading all of it.
 */
const BOUNDED_REACH = namedQuery(
  'boundedReach',
  `
UNWIND $keys AS key
MATCH (a:Entity {key: key})
WHERE ${nodeActiveAt('a')}
WITH collect(DISTINCT a) AS found0
WITH found0, found0 AS seen0
${DEPTHS.map(levelCypher).join('')}
WITH [${['found0', ...DEPTHS.map((depth) => `found${depth}`)].join(', ')}] AS levels
UNWIND range(0, size(levels) - 1) AS distance
UNWIND levels[distance] AS n
RETURN n.key AS key, distance
LIMIT $max + 1`,
  (row) => ({ key: text(row.key), distance: num(row.distance) }),
);

/** The keys within `depth` steps of `keys` with their distance, or null when more than `max` are. */
export async function reachFromKeys(
  db: Database,
  keys: readonly string[],
  options: Pick<ExportOptions, 'depth' | 'types' | 'activeAt'>,
  max: number,
): Promise<Map<string, number> | null> {
  const { depth, types, activeAt } = options;
  const rows = await db.read(BOUNDED_REACH, { keys, depth, types, activeAt, max });
  if (rows.length > max) return null;
  return new Map(rows.map((row) => [row.key, row.distance]));
}

/** The reached keys with their distance (null without keys), or null when more than `max` are. */
export async function reachWithin(
  db: Database,
  options: ExportOptions,
  max: number,
): Promise<Map<string, number | null> | null> {
  if (options.keys) return reachFromKeys(db, options.keys, options, max);
  const filters = { types: options.types, activeAt: options.activeAt, max };
  const rows = await db.read(WHOLE_GRAPH_KEYS, filters);
  if (rows.length > max) return null;
  return new Map(rows.map((row) => [text(row.key), null]));
}

export type BoundedGraph =
  | { graph: ExportGraph }
  | { missingKeys: string[] }
  | { over: 'nodes' | 'edges' };

/**
 * The neighbourhood of `options.keys` (the whole graph without keys), checked against its bounds
 * before it is read: nothing but keys is read when it has more than `bounds.nodes` nodes, and
 * nothing is decoded when it has more than `bounds.edges` edges.
 */
export async function readBoundedGraph(
  db: Database,
  options: ExportOptions,
  bounds: { nodes: number; edges: number },
): Promise<BoundedGraph> {
  if (options.keys) {
    const missingKeys = await missingEntityKeys(db, options.keys);
    if (missingKeys.length > 0) return { missingKeys };
  }
  const distance = await reachWithin(db, options, bounds.nodes);
  if (!distance) return { over: 'nodes' };
  const graph = await readGraphAmong(db, distance, options, bounds.edges);
  return graph === 'over' ? { over: 'edges' } : { graph };
}
