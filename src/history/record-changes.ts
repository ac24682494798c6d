import type { TransactionRunner } from '../db/database.js';
import { namedStatement } from '../db/query.js';
import { type Author, type ChangeInput, json, relationEnds } from './changes.js';

/** Changes one statement records: a load of the whole dataset takes a few statements, not one each. */
const BATCH = 500;

// Runs after BUMP_GRAPH_VERSION in the same transaction, so GraphMeta is already locked by it.
// A load's changes are found by key (the index), not linked by CHANGED: that relationship would make
// a removed fact's node look linked to the graph.
const RECORD_CHANGES = namedStatement(
  'recordChanges',
  `
MATCH (g:GraphMeta {id: 'graph'})
WITH g, coalesce(g.changeSeq, 0) AS base
SET g.changeSeq = base + size($rows)
WITH g, base
UNWIND range(0, size($rows) - 1) AS i
WITH g, base + i + 1 AS seq, $rows[i] AS row
CREATE (:Change {
  id: randomUUID(), seq: seq, at: g.changedAt, graphVersion: g.version,
  who: $who, via: $via, operation: row.operation, entityType: row.entityType,
  entityKey: row.entityKey, before: row.before, after: row.after, reason: $reason,
  relationFrom: row.relationFrom, relationTo: row.relationTo, datasetHash: $datasetHash
})`,
);

export interface ChangeBatch {
  author: Author;
  /** The content hash of the data/ a load wrote, kept on each of its changes. */
  datasetHash: string | null;
  reason: string | null;
  changes: ChangeInput[];
}

/** Records many changes of one write in `tx`, in commit order; the graph version must be bumped. */
export async function recordChanges(tx: TransactionRunner, batch: ChangeBatch): Promise<void> {
  const rows = batch.changes.map((change) => ({
    operation: change.operation,
    entityType: change.entityType,
    entityKey: change.entityKey,
    before: json(change.before),
    after: json(change.after),
    ...relationEnds(change),
  }));
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.run(RECORD_CHANGES, {
      ...batch.author,
      datasetHash: batch.datasetHash,
      reason: batch.reason,
      rows: rows.slice(start, start + BATCH),
    });
  }
}
