import type { AuthOptions } from './auth/options.js';
import type { Viewer } from './auth/roles.js';
import type { RequestBudget } from './db/concurrency.js';
import { type Database, newQueryStats, type QueryStats } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ServerDeps {
  /** The process-wide database handle (one driver per process). */
  db: Database;
  /** Authentication settings; read from the environment when absent. */
  auth?: AuthOptions;
}

export interface Context {
  /** This request's database view: every query adds to `stats`. */
  db: Database;
  stats: QueryStats;
  loaders: Loaders;
  /** Who sends the request (checked once, before execution); null without credential. */
  viewer: Viewer | null;
}

/** A new context per request, so loaders and counters never leak between requests. */
export function createContext(
  deps: ServerDeps,
  viewer: Viewer | null = null,
  budget?: RequestBudget,
): Context {
  const stats = newQueryStats();
  const db = deps.db.withStats(stats, budget);
  return {
    db,
    stats,
    loaders: createLoaders(db),
    viewer,
  };
}
