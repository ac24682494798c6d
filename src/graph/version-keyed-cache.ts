import type { Database } from '../db/database.js';
import { onGraphChange } from '../db/graph-changes.js';
import { readGraphVersion } from '../history/graph-version.js';

/**
 * Answers computed from the graph, kept under the graph version they were computed at. Each `get`
 * reads the version first (one small read) and computes after it, so an answer is never older than
 * the version its caller saw: a write through the API or a load (in any process) bumps the version
 * and the next `get` computes again. Writes that bypass the version (raw Cypher) are not seen.
 */
export class VersionKeyedCache<T> {
  // Insertion order is use order (a hit is moved to the end): the first entry is the least used.
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {
    // The versions kept are gone after a write in this process: free them at once.
    onGraphChange(() => this.entries.clear());
  }

  async get(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
    const { version, changedAt } = await readGraphVersion(db);
    // The time too: an emptied database (tests) starts its version again from 0. The connection
    // too: two servers (or two emptied databases) may both be at version 0 with no time.
    const id = JSON.stringify([db.connectionId, db.databaseName ?? '', version, changedAt, key]);
    const cached = this.entries.get(id);
    if (cached) {
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached;
    }
    const value = compute();
    this.entries.set(id, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    // A failure (deadline, outage) is not kept: the next request computes again.
    value.catch(() => {
      if (this.entries.get(id) === value) this.entries.delete(id);
    });
    return value;
  }
}
