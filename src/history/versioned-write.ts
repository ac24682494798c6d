import type { Database, TransactionRunner } from '../db/database.js';
import { graphChanged } from '../db/graph-changes.js';
import { type Author, type ChangeInput, type ChangeRow, recordChange } from './changes.js';
import { bumpGraphVersion } from './graph-version.js';

/** The transaction a versioned write works in: its queries, and the changes it records. */
export interface VersionedTransaction {
  run: TransactionRunner['run'];
  record(change: ChangeInput): Promise<ChangeRow>;
  /** The graph version this write produces. */
  readonly graphVersion: number;
}

export interface VersionedResult<T> {
  result: T;
  graphVersion: number;
  changes: ChangeRow[];
}

/**
 * Runs `work` in one write transaction that first increments the graph version (taking its lock, so
 * writes are serialised) and records a Change for each `record` call: all of it lands or none does.
 */
export async function versionedWrite<T>(
  db: Database,
  author: Author,
  work: (tx: VersionedTransaction) => Promise<T>,
): Promise<VersionedResult<T>> {
  const written = await db.writeTransaction(async (runner: TransactionRunner) => {
    const { version } = await bumpGraphVersion(runner);
    const changes: ChangeRow[] = [];
    const result = await work({
      run: runner.run.bind(runner),
      record: async (change) => {
        const recorded = await recordChange(runner, author, change);
        changes.push(recorded);
        return recorded;
      },
      graphVersion: version,
    });
    return { result, graphVersion: version, changes };
  });
  graphChanged();
  return written;
}
