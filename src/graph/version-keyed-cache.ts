import type { Database } from '../db/database.js';
import { onGraphChange } from '../db/graph-changes.js';
import { readGraphVersion } from '../history/graph-version.js';
import { SharedComputations } from './shared-computations.js';

/**
 * Answers computed from the graph, kept under the graph version they were computed at. Each `get`
 * reads the version first (one small read) and computes after it, so an answer is never older than
 * the version its caller saw: a write through the API or a load (in any process) bumps the version
 * and the next `get` computes again. Writes that bypass the version (raw Cypher) are not seen.
 * A request joining a computation another request started keeps its own deadline (SharedComputations).
 */
export class VersionKeyedCache<T> {
  private readonly entries: SharedComputations<T>;

  constructor(maxEntries: number) {
    this.entries = new SharedComputations<T>(maxEntries);
    // The versions kept are gone after a write in this process: free them at once.
    onGraphChange(() => this.entries.clear());
  }

  async get(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
    const { version, changedAt } = await readGraphVersion(db);
    // The time too: an emptied database (tests) starts its version again from 0. The connection
    // too: two servers (or two emptied databases) may both be at version 0 with no time.
    const id = JSON.stringify([db.connectionId, db.databaseName ?? '', version, changedAt, key]);
    return this.entries.get(id, db.timeLeftMs(), compute);
  }
}
