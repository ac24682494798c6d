import { type Database, newQueryStats, type QueryStats } from './db/database.js';
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
export function createContext(deps: ServerDeps): Context {
  const stats = newQueryStats();
  const db = deps.db.withStats(stats);
  return {
    db,
    stats,
    loaders: createLoaders(db),
  };
}
