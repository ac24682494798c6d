import type { TransactionRunner } from '../db/database.js';
import { namedQuery, type Row } from '../db/query.js';

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
  /** The content hash of the data/ a load recorded this change from; null for an API write. */
  datasetHash: string | null;
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

export function decodeChange(row: Row): ChangeRow {
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
    datasetHash: text(row, 'datasetHash'),
  };
}

export const CHANGE_COLUMNS = `
  c.id AS id, c.seq AS seq, c.at AS at, c.who AS who, c.via AS via, c.operation AS operation,
  c.entityType AS entityType, c.entityKey AS entityKey, c.before AS before, c.after AS after,
  c.reason AS reason, c.graphVersion AS graphVersion, c.datasetHash AS datasetHash`;

// Runs after BUMP_GRAPH_VERSION in the same transaction, so GraphMeta is already locked by it.
const RECORD_CHANGE = namedQuery(
  'recordChange',
  `
MATCH (g:GraphMeta {id: 'graph'})
SET g.changeSeq = coalesce(g.changeSeq, 0) + 1
CREATE (c:Change {
  id: randomUUID(), seq: g.changeSeq, at: g.changedAt, graphVersion: g.version,
  who: $who, via: $via, operation: $operation, entityType: $entityType, entityKey: $entityKey,
  before: $before, after: $after, reason: $reason, relationFrom: $relationFrom, relationTo: $relationTo
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

export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** The end keys of a changed relation, so both ends' histories find the change by index. */
export function relationEnds(change: Pick<ChangeInput, 'entityType' | 'entityKey'>): {
  relationFrom: string | null;
  relationTo: string | null;
} {
  if (change.entityType !== 'Relation') return { relationFrom: null, relationTo: null };
  const [from = null, , to = null] = change.entityKey.split('|');
  return { relationFrom: from, relationTo: to };
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
    ...relationEnds(change),
  });
  const [recorded] = rows;
  if (!recorded) throw new Error('recordChange returned no row: GraphMeta is missing');
  return recorded;
}
