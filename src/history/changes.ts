import type { Database, TransactionRunner } from '../db/database.js';
import { namedQuery, num, type Row } from '../db/query.js';

/** What a change was made to: its node is linked to the change; a relation only by its id. */
export type ChangeTarget = 'Entity' | 'Source' | 'Relation';

/** One recorded write, immutable once committed. */
export interface ChangeRow {
  id: string;
  /** Position in commit order across the whole graph: the paging key. */
  seq: number;
  at: string;
  who: string;
  via: string;
  operation: string;
  entityType: ChangeTarget;
  /** A node's key, or a relation's id `from|TYPE|to`. */
  entityKey: string;
  /** The values before and after, as JSON text; null for a creation / a removal. */
  before: string | null;
  after: string | null;
  reason: string | null;
  graphVersion: number;
}

export interface ChangeInput {
  operation: string;
  entityType: ChangeTarget;
  entityKey: string;
  before: unknown;
  after: unknown;
  reason?: string | null;
}

export interface Author {
  who: string;
  via: string;
}

function text(row: Row, name: string): string | null {
  const value = row[name];
  return typeof value === 'string' ? value : null;
}

function decodeChange(row: Row): ChangeRow {
  return {
    id: String(row.id),
    seq: Number(row.seq),
    at: new Date(String(row.at)).toISOString(),
    who: String(row.who),
    via: String(row.via),
    operation: String(row.operation),
    entityType: String(row.entityType) as ChangeTarget,
    entityKey: String(row.entityKey),
    before: text(row, 'before'),
    after: text(row, 'after'),
    reason: text(row, 'reason'),
    graphVersion: Number(row.graphVersion),
  };
}

const CHANGE_COLUMNS = `
  c.id AS id, c.seq AS seq, c.at AS at, c.who AS who, c.via AS via, c.operation AS operation,
  c.entityType AS entityType, c.entityKey AS entityKey, c.before AS before, c.after AS after,
  c.reason AS reason, c.graphVersion AS graphVersion`;

// Runs after BUMP_GRAPH_VERSION in the same transaction, so GraphMeta is already locked by it.
const RECORD_CHANGE = namedQuery(
  'recordChange',
  `
MATCH (g:GraphMeta {id: 'graph'})
SET g.changeSeq = coalesce(g.changeSeq, 0) + 1
CREATE (c:Change {
  id: randomUUID(), seq: g.changeSeq, at: g.changedAt, graphVersion: g.version,
  who: $who, via: $via, operation: $operation, entityType: $entityType, entityKey: $entityKey,
  before: $before, after: $after, reason: $reason
})
WITH c
CALL (c) {
  OPTIONAL MATCH (e:Entity {key: $entityKey}) WHERE $entityType = 'Entity'
  OPTIONAL MATCH (s:Source {key: $entityKey}) WHERE $entityType = 'Source'
  WITH coalesce(e, s) AS target WHERE target IS NOT NULL
  CREATE (c)-[:CHANGED]->(target)
}
RETURN ${CHANGE_COLUMNS}`,
  decodeChange,
);

const HISTORY_PAGE = namedQuery(
  'historyPage',
  `
MATCH (c:Change) WHERE c.entityKey = $key AND c.seq > $afterSeq
RETURN ${CHANGE_COLUMNS}
ORDER BY c.seq
LIMIT $limit`,
  decodeChange,
);

const CHANGES_PAGE = namedQuery(
  'changesPage',
  `
MATCH (c:Change) WHERE c.seq > $afterSeq AND ($since IS NULL OR c.at >= datetime($since))
RETURN ${CHANGE_COLUMNS}
ORDER BY c.seq
LIMIT $limit`,
  decodeChange,
);

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** Records `change` in the write transaction `tx`; the graph version must already be bumped in it. */
export async function recordChange(
  tx: TransactionRunner,
  author: Author,
  change: ChangeInput,
): Promise<ChangeRow> {
  const rows = await tx.run(RECORD_CHANGE, {
    ...author,
    operation: change.operation,
    entityType: change.entityType,
    entityKey: change.entityKey,
    before: json(change.before),
    after: json(change.after),
    reason: change.reason ?? null,
  });
  const [recorded] = rows;
  if (!recorded) throw new Error('recordChange returned no row: GraphMeta is missing');
  return recorded;
}

export interface ChangePageRequest {
  afterSeq: number;
  /** Rows to fetch: the page size plus one, to know whether another page follows. */
  limit: number;
}

/** The changes of one node or relation, oldest first. */
export async function historyPage(
  db: Database,
  key: string,
  page: ChangePageRequest,
): Promise<ChangeRow[]> {
  return db.read(HISTORY_PAGE, { key, ...page });
}

/** All changes made at or after `since` (all when null), oldest first. */
export async function changesPage(
  db: Database,
  since: string | null,
  page: ChangePageRequest,
): Promise<ChangeRow[]> {
  return db.read(CHANGES_PAGE, { since, ...page });
}

const HISTORY_COUNT = namedQuery(
  'historyCount',
  'MATCH (c:Change) WHERE c.entityKey = $key RETURN count(c) AS total',
  (row) => num(row.total),
);

const CHANGES_COUNT = namedQuery(
  'changesCount',
  'MATCH (c:Change) WHERE $since IS NULL OR c.at >= datetime($since) RETURN count(c) AS total',
  (row) => num(row.total),
);

/** How many changes one node or relation has. */
export async function historyCount(db: Database, key: string): Promise<number> {
  const [total] = await db.read(HISTORY_COUNT, { key });
  return total ?? 0;
}

/** How many changes were made at or after `since`. */
export async function changesCount(db: Database, since: string | null): Promise<number> {
  const [total] = await db.read(CHANGES_COUNT, { since });
  return total ?? 0;
}
