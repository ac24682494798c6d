import type { Database, Params } from '../db/database.js';
import { list, namedQuery, text } from '../db/query.js';
import {
  type EdgeRow,
  edgeRow,
  edgeRowId,
  exportEdgeProjection,
  MODEL_TYPE_PATTERN,
} from './edge-row.js';
import { RELATION_OK } from './graph-query.js';

/** A relationship as the first read of a batch gives it: [from key, type, to key, element id]. */
export type EdgeCandidate = [string, string, string, string];

/** Candidates per row: a row of a few kilobytes is one Bolt chunk, decoded without copies. */
const CANDIDATES_PER_ROW = 64;

// Every relationship leaving a run of reached keys, with its end's key and no more: Node knows
// which ends are reached, so Neo4j neither checks the end node (an `Expand(Into)` per row) nor
// sorts. Rows of texts "start's index, type, element id, end key" (a fifth of the driver's work
// of a row each), `$perRow` a row: one row of thousands spanned chunks, and the driver decoded
// each of its strings through a decoder of its own. Pulled lazily up to `$max + 1`: more means
// the batch is paged by cursor.
const EDGE_CANDIDATES = namedQuery(
  'exportEdgeCandidates',
  `
UNWIND range(0, size($keys) - 1) AS at
MATCH (a:Entity {key: $keys[at]})-[r:${MODEL_TYPE_PATTERN}]->(b:Entity)
WHERE ${RELATION_OK}
WITH toString(at) + ' ' + type(r) + ' ' + elementId(r) + ' ' + b.key AS edge
LIMIT $max + 1
WITH collect(edge) AS edges
UNWIND range(0, size(edges) - 1, $perRow) AS from
RETURN edges[from..from + $perRow] AS edges`,
  (row) => list(text)(row.edges),
);

// The relationships kept, whole, each found by its element id (no expansion, no sort).
const EDGES_BY_ID = namedQuery(
  'exportEdgesById',
  `
UNWIND $ids AS id
MATCH (a:Entity)-[r]->(b:Entity) WHERE elementId(r) = id
RETURN ${exportEdgeProjection('r', 'a', 'b')} AS edge`,
  edgeRow,
);

/**
 * The relationships leaving `keys` (with the page filters in `params`) whose end `keep` keeps, and
 * how many were read; null when more than `max` were (nothing more is read then).
 */
export async function edgeCandidates(
  db: Database,
  keys: string[],
  params: Params,
  max: number,
  keep: (to: string) => boolean,
): Promise<{ read: number; kept: EdgeCandidate[] } | null> {
  const rows = await db.read(EDGE_CANDIDATES, { ...params, keys, max, perRow: CANDIDATES_PER_ROW });
  const edges = rows.flat();
  if (edges.length > max) return null;
  const kept: EdgeCandidate[] = [];
  for (const edge of edges) {
    const typeAt = edge.indexOf(' ');
    const idAt = edge.indexOf(' ', typeAt + 1);
    const toAt = edge.indexOf(' ', idAt + 1);
    const to = edge.slice(toAt + 1);
    if (!keep(to)) continue;
    const from = keys[Number(edge.slice(0, typeAt))] as string;
    kept.push([from, edge.slice(typeAt + 1, idAt), to, edge.slice(idAt + 1, toAt)]);
  }
  return { read: edges.length, kept };
}

/** The order of the file (from key, type, to key, element id), as Neo4j's ORDER BY compares text. */
export function fileOrder(a: EdgeCandidate, b: EdgeCandidate): number {
  for (let at = 0; at < 4; at += 1) {
    const [x, y] = [a[at] as string, b[at] as string];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The rows of `candidates` (at most a page of them), in their order; one gone since is left out. */
export async function edgeRowsOf(db: Database, candidates: EdgeCandidate[]): Promise<EdgeRow[]> {
  const ids = candidates.map((edge) => edge[3]);
  const rows = await db.read(EDGES_BY_ID, { ids });
  const byId = new Map(rows.map((row) => [edgeRowId(row), row]));
  const ordered: EdgeRow[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) ordered.push(row);
  }
  return ordered;
}
