import type { Database } from './database.js';
import { namedStatement } from './query.js';

/** Resamples every index, waits for it, then empties the plan caches (Neo4j's own procedure). */
const PREPARE_FOR_REPLANNING = namedStatement(
  'prepareForReplanning',
  'CALL db.prepareForReplanning($timeoutSeconds)',
);

// Under the read deadline of `Database` (15 s), so a slow resample ends in a warning, not a hang.
const TIMEOUT_SECONDS = 10;

/**
 * After a bulk load, makes Neo4j plan from statistics that describe the loaded graph. Without it
 * the first plans, cached for good, were made from the empty graph's: a bench run right after a
 * load read the whole relationship index for `actor` (185 db hits instead of 59) and four times the
 * db hits for the nested `actors` page. Never throws: a server that refuses the procedure (a
 * managed Neo4j) keeps its own statistics, which it refreshes by itself in time.
 */
export async function refreshPlannerStatistics(
  db: Database,
  log: { warn(message: string): void } = console,
): Promise<boolean> {
  try {
    await db.read(PREPARE_FOR_REPLANNING, { timeoutSeconds: TIMEOUT_SECONDS });
    return true;
  } catch (error) {
    log.warn(`could not refresh Neo4j's planner statistics: ${String(error)}`);
    return false;
  }
}
