import type { Database } from '../db/database.js';
import { firstNeighboursOfHubs } from '../graph/expand.js';
import { neighborsOfKeys } from '../graph/neighbors.js';
import { warmRelationPages } from '../graph/relation-list.js';
import { warmRelationCounts } from '../graph/relation-list-count.js';
import { type RelationSpec, relationPages, relationsOfKeys } from '../graph/relations.js';
import { evolution, evolutionCount } from '../graph/research-evolution.js';
import { disputedFacts } from '../graph/research-facts.js';
import { subgraph } from '../graph/subgraph.js';
import { WHOLE_READS } from '../model/projection.js';
import { reachWithin } from './bounded-reach.js';

/** A key no node has: the warm-up queries plan as usual and read nothing. */
const NO_SUCH_KEY = '\u0000warm-up';

const keys = [NO_SUCH_KEY];

/** An any-type page of every relationship, whole rows: the parameter types real requests use. */
const ANY_TYPE_PAGE: RelationSpec = {
  types: null,
  direction: 'BOTH',
  activeAt: null,
  after: null,
  limit: 1,
  brief: WHOLE_READS,
};

/**
 * The reads whose plans take a second or more to make, each run once on a key no node has, with
 * the parameter types real requests use, so that the first timeline, any-type page, `neighbors`,
 * `subgraph` or `metrics` after a start does not wait for Neo4j's planner. Their hubs' reads (a
 * branch per relationship type and direction, seconds to plan) and the root `relations` pages (a
 * statement per type) are planned after readiness (`warmLaterPlans`). By name, so that
 * scripts/warm-plans-time.ts can time each; the longest to plan first, and `subgraph` last (its
 * one-seed statement walks the seed's relationships itself since session 20).
 */
export const WARM_READS: Record<string, (db: Database) => Promise<unknown>> = {
  anyTypePage: (db) => relationsOfKeys(db, keys, ANY_TYPE_PAGE),
  neighbors: (db) => neighborsOfKeys(db, keys, 1, null, 1),
  metrics: (db) => reachWithin(db, { keys, depth: 1, types: null, activeAt: null }, 1),
  subgraph: (db) => subgraph(db, keys, 1, null, 1),
};

/**
 * Reads planned after readiness: the hubs' any-type page and first neighbours, in a year too (a
 * branch per type and direction); research reads, 26 index reads each (a type and a change) for `evolution`, in a
 * year no fact has; one per type for `disputedFacts`.
 */
const LATER_READS: Record<string, (db: Database) => Promise<unknown>> = {
  anyTypePageOfHubs: (db) => relationPages(db, keys, ANY_TYPE_PAGE, 'any'),
  firstNeighboursOfHubs: (db) => firstNeighboursOfHubs(db, keys, null, 1),
  firstNeighboursOfHubsInYear: (db) => firstNeighboursOfHubs(db, keys, null, 1, 1000),
  evolution: (db) => evolution(db, 1000, 1000, 1),
  evolutionAfter: (db) =>
    evolution(db, 1000, 1000, 1, {
      year: 1000,
      change: 'BEGAN',
      from: NO_SUCH_KEY,
      type: 'MEMBER_OF',
      to: NO_SUCH_KEY,
    }),
  evolutionCount: (db) => evolutionCount(db, 1000, 1000),
  disputedFacts: (db) => disputedFacts(db, 0, 1),
};

/**
 * How many warm-up reads plan at once: Neo4j plans each query on its session's thread, so two
 * sessions keep two cores busy; more would only share them.
 */
export const WARM_CONCURRENCY = 2;

/**
 * Runs every warm-up read, `concurrency` at a time (the longest first, so that the shorter fill
 * in beside it); resolves once all have ended, with how long that took, and rejects (once
 * both have ended) when one failed. `onRead` hears each read's name and seconds.
 */
export async function warmSlowPlans(
  db: Database,
  {
    concurrency = WARM_CONCURRENCY,
    onRead,
  }: { concurrency?: number; onRead?: (name: string, seconds: number) => void } = {},
): Promise<number> {
  const started = performance.now();
  const queue = Object.entries(WARM_READS);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, read] = next;
      const readStarted = performance.now();
      try {
        await read(db);
      } catch (error) {
        // The other worker stops after its read: the caller retries the whole warm-up.
        queue.length = 0;
        throw error;
      }
      onRead?.(name, (performance.now() - readStarted) / 1000);
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: concurrency }, worker));
  for (const end of ended) if (end.status === 'rejected') throw end.reason;
  return performance.now() - started;
}

/**
 * The plans a request makes in a tenth of a second, cached after `warmSlowPlans` without holding
 * readiness back: the root `relations` pages and counts, a statement per type, with and without
 * keys, then `evolution` and `disputedFacts`.
 */
export async function warmLaterPlans(db: Database): Promise<void> {
  await warmRelationPages(db, keys);
  await warmRelationCounts(db, keys);
  for (const read of Object.values(LATER_READS)) await read(db);
}
