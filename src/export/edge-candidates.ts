import type { Database, Params } from '../db/database.js';
import { namedQuery, type Row, text } from '../db/query.js';
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

// Every relationship leaving a run of reached keys, with its end's key and no more: Node knows
// which ends are reached, so Neo4j neither checks the end node (an `Expand(Into)` per row) nor
// sorts. Pulled lazily up to `$max + 1` rows: more means the batch is read by cursor pages.
const EDGE_CANDIDATES = namedQuery(
  'exportEdgeCandidates',
  `
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:${MODEL_TYPE_PATTERN}]->(b:Entity)
WHERE ${RELATION_OK}
RETURN [key, type(r), b.key, elementId(r)] AS edge
LIMIT $max + 1`,
  candidate,
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

function candidate(row: Row): EdgeCandidate {
  const value = row.edge;
  if (!Array.isArray(value)) throw new TypeError('expected an export edge candidate');
  return [text(value[0]), text(value[1]), text(value[2]), text(value[3])];
}

/**
 * The relationships leaving `keys` (with the page filters in `params`), at most `max`; null when
 * there are more (nothing more is read then).
 */
export async function edgeCandidates(
  db: Database,
  keys: string[],
  params: Params,
  max: number,
): Promise<EdgeCandidate[] | null> {
  const rows = await db.read(EDGE_CANDIDATES, { ...params, keys, max });
  return rows.length > max ? null : rows;
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
