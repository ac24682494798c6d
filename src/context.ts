import type { RequestBudget } from './db/concurrency.js';
import type { Database, QueryStats } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ServerDeps {
  /** The process-wide database handle (one driver per process). */
  db: Database;
}

export interface Context {
  /** This request's database view: every query adds to `stats`. */
  db: Database;
  stats: QueryStats;
  loaders: Loaders;
}

/** A new context per request, so loaders and counters never leak between requests. */
export function createContext(deps: ServerDeps, budget?: RequestBudget): Context {
  const stats: QueryStats = { roundTrips: 0, ms: 0 };
  const db = deps.db.withStats(stats, budget);
  return {
    db,
    stats,
    loaders: createLoaders(db),
  };
}
