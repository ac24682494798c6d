import type { Database } from '../db/database.js';
import { neighborsOfKeys } from '../graph/neighbors.js';
import { relationListPage } from '../graph/relation-list.js';
import { relationsOfKeys } from '../graph/relations.js';
import { evolution, evolutionCount } from '../graph/research-evolution.js';
import { disputedFacts } from '../graph/research-facts.js';
import { subgraph } from '../graph/subgraph.js';
import { WHOLE_READS } from '../model/projection.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import { reachWithin } from './bounded-reach.js';

/** A key no node has: the warm-up queries plan as usual and read nothing. */
const NO_SUCH_KEY = '\u0000warm-up';

const keys = [NO_SUCH_KEY];

/** The root `relations` filter without conditions. */
const ANY_RELATION = {
  types: Object.keys(RELATION_TYPES) as RelationType[],
  disputed: null,
  origin: null,
  minSources: null,
  maxSources: null,
  activeAt: null,
  keys: null,
};

/**
 * The reads whose plans take seconds to make (26 index reads, one per relationship type and
 * direction), each run once on a key no node has, with the parameter types real requests use, so
 * that the first timeline, any-type page, `neighbors`, `subgraph`, `metrics`, root `relations`
 * page, `evolution` or `disputedFacts` after a start does not wait for Neo4j's planner. By name, so that
 * scripts/warm-plans-time.ts can time each.
 */
export const WARM_READS: Record<string, (db: Database) => Promise<unknown>> = {
  anyTypePage: (db) =>
    relationsOfKeys(db, keys, {
      types: null,
      direction: 'BOTH',
      activeAt: null,
      after: null,
      limit: 1,
      brief: WHOLE_READS,
    }),
  neighbors: (db) => neighborsOfKeys(db, keys, 1, null, 1),
  subgraph: (db) => subgraph(db, keys, 1, null, 1),
  metrics: (db) => reachWithin(db, { keys, depth: 1, types: null, activeAt: null }, 1),
  relationsPage: (db) => relationListPage(db, ANY_RELATION, null, 1, false),
  relationsPageOfKeys: (db) => relationListPage(db, { ...ANY_RELATION, keys }, null, 1, false),
  // 26 index reads each (a type and a change), in a year no fact has.
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
  // One index read per type; reads the disputed facts, few by nature.
  disputedFacts: (db) => disputedFacts(db, 0, 1),
};

/** Runs every warm-up read in turn; returns how long it took. */
export async function warmSlowPlans(db: Database): Promise<number> {
  const started = performance.now();
  for (const read of Object.values(WARM_READS)) await read(db);
  return performance.now() - started;
}
