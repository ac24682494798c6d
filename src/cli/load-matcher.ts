import { readGraphNames } from '../import/graph-names.js';
import { Matcher } from '../import/match.js';
import { withBoot } from './boot.js';

/** The importer's commands read the graph's names once, then work in memory without the database. */
export function loadMatcher(): Promise<Matcher> {
  // Standard output is the dry run's report, so start-up lines go to standard error.
  return withBoot(
    { seedIfEmpty: true, log: console.error },
    async ({ db }) => new Matcher(await readGraphNames(db)),
  );
}
