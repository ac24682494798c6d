import type { Database } from '../db/database.js';
import { neighborsOfKeys } from '../graph/neighbors.js';
import { relationsOfKeys } from '../graph/relations.js';
import { subgraph } from '../graph/subgraph.js';
import { WHOLE_READS } from '../model/projection.js';
import { reachWithin } from './bounded-reach.js';

/** A key no node has: the warm-up queries plan as usual and read nothing. */
const NO_SUCH_KEY = '\u0000warm-up';

/**
 * Runs each query whose plan takes seconds to make (26 index reads, one per relationship type and
 * direction) once, on a key no node has, with the parameter types real requests use, so that the
 * first timeline, any-type page, `neighbors`, `subgraph` or `metrics` after a start does not wait for Neo4j's
 * planner. Returns how long it took.
 */
export async function warmSlowPlans(db: Database): Promise<number> {
  const started = performance.now();
  const keys = [NO_SUCH_KEY];
  const any = {
    types: null,
    direction: 'BOTH',
    activeAt: null,
    after: null,
    limit: 1,
    brief: WHOLE_READS,
  } as const;
  await relationsOfKeys(db, keys, any);
  await neighborsOfKeys(db, keys, 1, null, 1);
  await subgraph(db, keys, 1, null, 1);
  await reachWithin(db, { keys, depth: 1, types: null, activeAt: null }, 1);
  return performance.now() - started;
}
