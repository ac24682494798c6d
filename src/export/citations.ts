import type { Database } from '../db/database.js';
import { sourcesByKeys } from '../graph/entities.js';
import type { Source } from '../model/types.js';

interface Citing {
  sources: string[];
  sourceUrls: string[];
}

/**
 * The sources an export cites, read by key the first time a page cites them and kept (sources are
 * few next to nodes and edges) so that the end of the file can describe every one of them.
 */
export class CitedSources {
  private readonly known = new Map<string, Source>();

  constructor(private readonly db: Database) {}

  /**
   * The page with each element's source URLs, after one read of the sources it cites first. Set in
   * place, not on copies: the pages are the export's own, and a copy of every element of a large
   * export was garbage for nothing.
   */
  async describe<T extends Citing>(page: T[]): Promise<T[]> {
    const missing = [...new Set(page.flatMap((element) => element.sources))].filter(
      (key) => !this.known.has(key),
    );
    if (missing.length > 0) {
      const found = await sourcesByKeys(this.db, missing);
      // A key no Source node holds is still cited: it is listed with its key alone.
      missing.forEach((key, index) => {
        this.known.set(key, found[index] ?? { key, url: null, title: '' });
      });
    }
    for (const element of page) {
      element.sourceUrls = element.sources.map((key) => this.known.get(key)?.url ?? '');
    }
    return page;
  }

  /** Every source cited so far, in key order. */
  cited(): Source[] {
    return [...this.known.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}
