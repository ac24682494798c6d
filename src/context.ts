import type { YogaInitialContext } from 'graphql-yoga';
import type { Database, QueryStats } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface ServerDeps {
  /** The process-wide database handle (one driver per process). */
  db: Database;
  /** Bearer token that write operations need; writes are refused while it is unset. */
  adminToken?: string | undefined;
}

export interface Context {
  /** This request's database view: every query adds to `stats`. */
  db: Database;
  stats: QueryStats;
  loaders: Loaders;
  /** True when the request carries the admin bearer token. */
  isAdmin: boolean;
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match?.[1]?.trim();
}

/** A new context per request, so loaders and counters never leak between requests. */
export function createContext(deps: ServerDeps, initial: YogaInitialContext): Context {
  const stats: QueryStats = { roundTrips: 0, ms: 0 };
  const token = bearerToken(initial.request);
  const db = deps.db.withStats(stats);
  return {
    db,
    stats,
    loaders: createLoaders(db),
    isAdmin: deps.adminToken !== undefined && token === deps.adminToken,
  };
}
