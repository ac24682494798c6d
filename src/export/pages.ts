import type { Database } from '../db/database.js';
import { namedQuery, text } from '../db/query.js';
import { nodeActiveAt } from '../model/active-at.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import { edgeCandidates, edgeRowsOf, fileOrder } from './edge-candidates.js';
import {
  decodeExportEdge,
  type EdgeRow,
  edgeRow,
  edgeRowCursor,
  edgeRowTarget,
  exportEdgeProjection,
  MODEL_TYPE_PATTERN,
} from './edge-row.js';
import { type ExportEdge, type ExportNode, RELATION_OK, toNode } from './graph-query.js';
import { decodeExportNode, exportNodeProjection } from './node-row.js';
import type { ExportSelection } from './selection.js';

// The degree is the node's, in the whole graph (`exportNodeProjection`): its relationship counts, no expansion.
const RETURN_NODE = `RETURN ${exportNodeProjection('n')} AS node`;

// Keyset pages in key order from the key index: page N costs what page 1 costs, never a SKIP.
const NODE_PAGE = namedQuery(
  'exportNodePage',
  `
MATCH (n:Entity) WHERE n.key > $after AND ${nodeActiveAt('n')}
WITH n ORDER BY n.key LIMIT $page
${RETURN_NODE}`,
  decodeExportNode,
);

const NODES_BY_KEY = namedQuery(
  'exportNodesByKey',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
${RETURN_NODE}`,
  decodeExportNode,
);

// The cursor is the last relationship written: (from key, type, to key, element id), the order of
// the file; the element id tells apart two relationships of one type between the same two nodes.
const AFTER_IN_NODE = `(type(r) > $type OR (type(r) = $type AND (b.key > $to OR (b.key = $to AND elementId(r) > $id))))`;
const AFTER_CURSOR = `(a.key > $from OR (a.key = $from AND ${AFTER_IN_NODE}))`;
const ORDER = 'ORDER BY a.key, type(r), b.key, elementId(r)';
const RETURN_EDGE = `RETURN ${exportEdgeProjection('r', 'a', 'b')} AS edge`;

const EDGE_OK = `type(r) IN $modelTypes AND ${RELATION_OK}`;

const EDGE_OK_WHOLE = `${EDGE_OK} AND ${nodeActiveAt('a')} AND ${nodeActiveAt('b')}`;

// Two branches, because an OR over the cursor would lose the key index's order and sort every
// remaining relationship per page: the rest of the cursor's node, then the nodes after it, read
// in index order with a partial sort (a page costs the same wherever it starts).
const EDGE_PAGE = namedQuery(
  'exportEdgePage',
  `
CALL () {
  MATCH (a:Entity {key: $from})-[r]->(b:Entity)
  WHERE ${AFTER_IN_NODE} AND ${EDGE_OK_WHOLE}
  RETURN a, r, b ${ORDER} LIMIT $page
UNION ALL
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.key > $from AND ${EDGE_OK_WHOLE}
  RETURN a, r, b ${ORDER} LIMIT $page
}
WITH a, r, b ${ORDER} LIMIT $page
${RETURN_EDGE}`,
  edgeRow,
);

// Relationships leaving a run of reached nodes with too many to hold as candidates (`edgePages`),
// in sorted cursor pages, read lean. Sending the neighbourhood's keys with
// every read (70,000 for a hub) cost Neo4j more than the rows it saved (docs/performance.md, issue
// 25). Within one step of `$starts` (null: any distance), an end node is kept when it is a start,
// one of the few reached nodes with more than `$dense` relationships, or a smaller node with a
// model relationship to a start (read from its own few): a superset of the neighbourhood, the rest of
// which is dropped in Node.
const EDGE_PAGE_FROM = namedQuery(
  'exportEdgePageFrom',
  `
UNWIND $keys AS key
MATCH (a:Entity {key: key})-[r:${MODEL_TYPE_PATTERN}]->(b:Entity)
WHERE ${AFTER_CURSOR} AND ${RELATION_OK}
  AND ($starts IS NULL OR b.key IN $starts OR b.key IN $denseReached
    OR (COUNT { (b)--() } <= $dense
      AND EXISTS { MATCH (b)-[:${MODEL_TYPE_PATTERN}]-(start:Entity) WHERE start.key IN $starts }))
WITH a, r, b ${ORDER} LIMIT $page
${RETURN_EDGE}`,
  edgeRow,
);

// The reached nodes with more than `$dense` relationships: few, read once per export.
const DENSE_AMONG = namedQuery(
  'exportDenseAmong',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH n WHERE COUNT { (n)--() } > $dense
RETURN n.key AS key`,
  (row) => text(row.key),
);

/** The relationships a batch may have before its ends are checked, per page of rows kept (they are light). */
const CANDIDATES_PER_PAGE = 4;

/** How full a batch's one read aims to be: its rows per key vary little once filtered. */
const BATCH_FILL = 0.8;

/** Above this many relationships an end node is looked up among the dense reached ones. */
const DENSE = 200;

const MODEL_TYPES = Object.keys(RELATION_TYPES);
const NO_DISTANCE = new Map<string, number | null>();

/** Pages of nodes: the whole graph in key order, or a neighbourhood by distance, then key. */
export async function* nodePages(
  db: Database,
  selection: ExportSelection,
  pageSize: number,
): AsyncGenerator<ExportNode[]> {
  if (selection.whole) {
    let after = '';
    for (;;) {
      const page = await db.read(NODE_PAGE, { ...selection.filters, after, page: pageSize });
      if (page.length > 0) yield page.map((row) => toNode(row.entity, NO_DISTANCE, row.degree));
      const last = page.at(-1);
      if (!last || page.length < pageSize) return;
      after = last.entity.key;
    }
  }
  const { distance } = selection;
  const ordered = [...distance.keys()].sort(
    (a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0) || a.localeCompare(b),
  );
  const read = async (keys: string[]) => {
    const rows = await db.read(NODES_BY_KEY, { keys });
    const byKey = new Map(rows.map((row) => [row.entity.key, row]));
    return keys.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [toNode(row.entity, distance, row.degree)] : [];
    });
  };
  // Pages asked for before they are needed, at most NODE_READS_AHEAD at once: Neo4j reads the
  // next while the last comes back and is decoded (the pages are known up front).
  const asked: Promise<ExportNode[]>[] = [];
  let next = 0;
  for (;;) {
    while (asked.length < NODE_READS_AHEAD && next < ordered.length) {
      asked.push(settledLater(read(ordered.slice(next, next + pageSize))));
      next += pageSize;
    }
    const page = await asked.shift();
    if (!page) return;
    if (page.length > 0) yield page;
  }
}

/** Node pages read at once (`nodePages`), besides the one `readAhead` holds and the one written. */
const NODE_READS_AHEAD = 2;

/** The same promise; its failure is thrown where it is awaited, never as an unhandled rejection. */
function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Pages of relationships in (from, type, to) order, both ends inside the selection. */
export async function* edgePages(
  db: Database,
  selection: ExportSelection,
  pageSize: number,
): AsyncGenerator<ExportEdge[]> {
  const params = { ...selection.filters, modelTypes: MODEL_TYPES, page: pageSize };
  if (selection.whole) {
    for await (const rows of cursorPages(
      (cursor) => db.read(EDGE_PAGE, { ...params, ...cursor }),
      pageSize,
    )) {
      yield rows.map(decodeExportEdge);
    }
    return;
  }
  const reached = selection.distance;
  const starts = [...reached.keys()].sort();
  // The end-node check of the cursor pages, read only if a batch needs them.
  let near: Promise<Awaited<ReturnType<typeof nearFilter>>> | undefined;
  const cap = CANDIDATES_PER_PAGE * pageSize;
  const candidatesOf = (keys: string[]) =>
    keys.length === 0
      ? Promise.resolve(null)
      : settledLater(edgeCandidates(db, keys, params, cap, (to) => reached.has(to)));
  let batch = Math.max(1, Math.floor(pageSize / 8));
  let start = 0;
  const nextKeys = () => {
    const keys = starts.slice(start, start + batch);
    start += keys.length;
    return keys;
  };
  let keys = nextKeys();
  let asked = candidatesOf(keys);
  while (keys.length > 0) {
    const candidates = await asked;
    if (!candidates) {
      // Too many to hold (a node with thousands of relationships): sorted pages by cursor.
      near ??= nearFilter(db, reached);
      const filter = await near;
      const pages = cursorPages(
        (cursor) => db.read(EDGE_PAGE_FROM, { ...params, ...filter, ...cursor, keys }),
        pageSize,
      );
      for await (const rows of pages) {
        // Decoded only once known to be written.
        const inside = rows.filter((row) => reached.has(edgeRowTarget(row))).map(decodeExportEdge);
        if (inside.length > 0) yield inside;
      }
      batch = Math.max(1, Math.floor(keys.length / 2));
      keys = nextKeys();
      asked = candidatesOf(keys);
      continue;
    }
    const inside = candidates.kept.sort(fileOrder);
    batch = Math.min(
      nextBatch(keys.length, inside.length, pageSize, BATCH_FILL),
      nextBatch(keys.length, candidates.read, cap, BATCH_FILL),
    );
    // The next batch's candidates are read while this one's rows are (one batch ahead at most).
    keys = nextKeys();
    asked = candidatesOf(keys);
    for (let at = 0; at < inside.length; at += pageSize) {
      const rows = await edgeRowsOf(db, inside.slice(at, at + pageSize));
      if (rows.length > 0) yield rows.map(decodeExportEdge);
    }
  }
}

/** The parameters of the end-node check of `EDGE_PAGE_FROM`. */
async function nearFilter(db: Database, reached: Map<string, number>) {
  const starts = nearStarts(reached);
  const keys = starts ? [...reached.keys()] : [];
  const denseReached = starts ? await db.read(DENSE_AMONG, { keys, dense: DENSE }) : [];
  return { starts, denseReached, dense: DENSE };
}

/** The starting keys when every reached node is at most one step from one of them, else null. */
export function nearStarts(distance: Map<string, number>): string[] | null {
  const starts: string[] = [];
  for (const [key, steps] of distance) {
    if (steps > 1) return null;
    if (steps === 0) starts.push(key);
  }
  return starts;
}

/**
 * Keys for the next read of their relationships: `fill` of a page's worth (half by default) at the
 * rate the last batch had. Every page after the first reads and sorts all of a batch's
 * relationships again, so a batch should fit in one page (1,000 keys of 5 relationships each took
 * 6 reads); each read also costs a round trip and a plan run, so a batch should not be too small.
 */
export function nextBatch(keys: number, read: number, pageSize: number, fill = 0.5): number {
  const perKey = Math.max(read, 1) / keys;
  return Math.min(pageSize, Math.max(1, Math.floor((pageSize * fill) / perKey)));
}

interface EdgeCursor {
  from: string;
  type: string;
  to: string;
  id: string;
}

async function* cursorPages(
  read: (cursor: EdgeCursor) => Promise<EdgeRow[]>,
  pageSize: number,
): AsyncGenerator<EdgeRow[]> {
  let cursor: EdgeCursor = { from: '', type: '', to: '', id: '' };
  for (;;) {
    const page = await read(cursor);
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    cursor = edgeRowCursor(last);
  }
}
