import type { Database } from '../db/database.js';
import { namedQuery, num } from '../db/query.js';
import { CHANGE_COLUMNS, type ChangeRow, decodeChange } from './changes.js';

export interface ChangePageRequest {
  afterSeq: number;
  /** Rows to fetch: the page size plus one, to know whether another page follows. */
  limit: number;
}

export interface HistoryScope {
  /** A node key or a relation id `from|TYPE|to`. */
  key: string;
  /** A node's history also lists the changes of the relations it is an end of. */
  withRelations: boolean;
}

/** Which changes a feed lists: each bound is optional; versions are those the changes produced. */
export interface ChangeRange {
  since: string | null;
  until: string | null;
  /** Changes that produced a version after this one. */
  fromVersion: number | null;
  /** Changes that produced this version or an earlier one. */
  toVersion: number | null;
}

// Each branch reads one index ((entityKey, seq), (relationFrom, seq), (relationTo, seq)).
const HISTORY_CHANGES = `
CALL () {
  MATCH (c:Change) WHERE c.entityKey = $key RETURN c
  UNION
  MATCH (c:Change) WHERE $withRelations AND c.relationFrom = $key RETURN c
  UNION
  MATCH (c:Change) WHERE $withRelations AND c.relationTo = $key RETURN c
}`;

const HISTORY_PAGE = namedQuery(
  'historyPage',
  `${HISTORY_CHANGES}
WITH c WHERE c.seq > $afterSeq
RETURN ${CHANGE_COLUMNS}
ORDER BY c.seq
LIMIT $limit`,
  decodeChange,
);

const HISTORY_COUNT = namedQuery(
  'historyCount',
  `${HISTORY_CHANGES}
RETURN count(c) AS total`,
  (row) => num(row.total),
);

const IN_RANGE = `($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at < datetime($until))
  AND ($fromVersion IS NULL OR c.graphVersion > $fromVersion)
  AND ($toVersion IS NULL OR c.graphVersion <= $toVersion)`;

const CHANGES_PAGE = namedQuery(
  'changesPage',
  `
MATCH (c:Change) WHERE c.seq > $afterSeq AND ${IN_RANGE}
RETURN ${CHANGE_COLUMNS}
ORDER BY c.seq
LIMIT $limit`,
  decodeChange,
);

const CHANGES_COUNT = namedQuery(
  'changesCount',
  `MATCH (c:Change) WHERE ${IN_RANGE} RETURN count(c) AS total`,
  (row) => num(row.total),
);

/** The changes of one node (and its relations) or relation, oldest first. */
export function historyPage(
  db: Database,
  scope: HistoryScope,
  page: ChangePageRequest,
): Promise<ChangeRow[]> {
  return db.read(HISTORY_PAGE, { ...scope, ...page });
}

/** How many changes `historyPage` pages through. */
export async function historyCount(db: Database, scope: HistoryScope): Promise<number> {
  const [total] = await db.read(HISTORY_COUNT, { ...scope });
  return total ?? 0;
}

/** The changes in `range`, oldest first. */
export function changesPage(
  db: Database,
  range: ChangeRange,
  page: ChangePageRequest,
): Promise<ChangeRow[]> {
  return db.read(CHANGES_PAGE, { ...range, ...page });
}

/** How many changes `range` holds. */
export async function changesCount(db: Database, range: ChangeRange): Promise<number> {
  const [total] = await db.read(CHANGES_COUNT, { ...range });
  return total ?? 0;
}
