import neo4j, {
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  routing,
  type SessionMode,
} from 'neo4j-driver';
import { isClosed, markClosed, settledOnClose } from './closed-signal.js';
import { createRequestBudget, type RequestBudget, withinBudget } from './concurrency.js';
import { logQuery } from './cypher-log.js';
import {
  isCommitUnanswered,
  mapDatabaseError,
  queryTimeoutError,
  writeOutcomeUnknown,
} from './errors.js';
import { toParams, toPlain } from './plain.js';
import type { NamedQuery, Row } from './query.js';

export type { Row } from './query.js';
export type Params = Record<string, unknown>;

/**
 * Counts database round trips (in all and by query family: the name without its shape, `familyOf`)
 * and time, for `extensions.db` and tests.
 */
export interface QueryStats {
  roundTrips: number;
  ms: number;
  byName: Record<string, number>;
}

export function newQueryStats(): QueryStats {
  return { roundTrips: 0, ms: 0, byName: {} };
}

/** Longest a single query may run before the server stops it. */
export const QUERY_TIMEOUT_MS = 15_000;

/** Longest a maintenance write (`writeInBatches`) may run: a migration over 10^6 relationships. */
export const MAINTENANCE_TIMEOUT_MS = 30 * 60_000;

/** The name given to raw Cypher run by tests and maintenance scripts; runtime queries are named. */
export const AD_HOC = 'adHoc';

type Query<R> = NamedQuery<R> | string;

function nameOf(query: Query<unknown>): string {
  return typeof query === 'string' ? AD_HOC : query.name;
}

function familyNameOf(query: Query<unknown>): string {
  return typeof query === 'string' ? AD_HOC : query.family;
}

function cypherOf(query: Query<unknown>): string {
  return typeof query === 'string' ? query : query.cypher;
}

function decodeRows<R>(query: Query<R>, rows: Row[]): R[] {
  return typeof query === 'string' ? (rows as R[]) : rows.map(query.decode);
}

function count(stats: QueryStats | undefined, name: string, started: number): void {
  if (!stats) return;
  stats.roundTrips += 1;
  stats.byName[name] = (stats.byName[name] ?? 0) + 1;
  stats.ms += performance.now() - started;
}

/** A write transaction reached its request's deadline: it is rolled back, not retried. */
class WriteDeadlinePassed extends Error {}

/** What a view of the database adds to its driver: counting, a deadline, where reads look. */
interface DatabaseView {
  /** Each query is added to it (a request's `extensions.db`). */
  stats?: QueryStats;
  /** The request's deadline every query keeps to. */
  requestBudget?: RequestBudget;
  /** A deadline of each query's own (a long export's pages). */
  eachQueryMs?: number;
  /** Reads chain on the shared bookmarks (default): needed only where a read may reach another server. */
  readsFollowBookmarks?: boolean;
}

// A number per driver: answers kept by database name alone would mix two servers of one process.
const connectionIds = new WeakMap<Driver, number>();
let lastConnectionId = 0;

/** The one module that talks to neo4j-driver: rows come out decoded by their query. */
export class Database {
  constructor(
    private readonly driver: Driver,
    readonly databaseName: string | undefined,
    private readonly view: DatabaseView = {},
  ) {}

  /** The connection (driver) this view reads through, the same for every view of it: a key part
   * for answers kept in the process, which two servers may give differently at one version. */
  get connectionId(): number {
    let id = connectionIds.get(this.driver);
    if (id === undefined) {
      lastConnectionId += 1;
      id = lastConnectionId;
      connectionIds.set(this.driver, id);
    }
    return id;
  }

  /** A view of this database that adds each query to `stats` (and keeps to a request's `budget`). */
  withStats(stats: QueryStats, budget?: RequestBudget): Database {
    return this.viewed({ stats, requestBudget: budget });
  }

  /** A view of this database whose queries keep to `budget` (a request's deadline). */
  within(budget: RequestBudget): Database {
    return this.viewed({ stats: this.view.stats, requestBudget: budget });
  }

  /**
   * A view in which each query, rather than the whole request, gets `timeoutMs`: an export may
   * stream for minutes, but a page that does not come within the deadline cuts it.
   */
  eachQueryWithin(timeoutMs: number): Database {
    return this.viewed({ stats: this.view.stats, eachQueryMs: timeoutMs });
  }

  /** Another view on the same driver; where reads follow the bookmarks stays the connection's. */
  private viewed(view: Omit<DatabaseView, 'readsFollowBookmarks'>): Database {
    return new Database(this.driver, this.databaseName, {
      ...view,
      readsFollowBookmarks: this.view.readsFollowBookmarks,
    });
  }

  /** The time left before this view's deadline, for work beside its queries (at most a query's). */
  timeLeftMs(): number {
    const budget = this.budget;
    const left = budget ? budget.deadlineAt - Date.now() : QUERY_TIMEOUT_MS;
    return Math.max(1, Math.min(QUERY_TIMEOUT_MS, left));
  }

  /** The budget the next query keeps to, if any. */
  private get budget(): RequestBudget | undefined {
    if (this.view.requestBudget || this.view.eachQueryMs === undefined)
      return this.view.requestBudget;
    return createRequestBudget(this.view.eachQueryMs, 1);
  }

  /** Runs a read query with READ routing, so cluster followers can serve it. */
  read<R>(query: NamedQuery<R>, params?: Params): Promise<R[]>;
  read(query: string, params?: Params): Promise<Row[]>;
  read<R>(query: Query<R>, params: Params = {}): Promise<R[]> {
    return this.run(query, params, routing.READ);
  }

  /** Runs a single auto-committed write query (one transaction). */
  write<R>(query: NamedQuery<R>, params?: Params): Promise<R[]>;
  write(query: string, params?: Params): Promise<Row[]>;
  write<R>(query: Query<R>, params: Params = {}): Promise<R[]> {
    return this.run(query, params, routing.WRITE);
  }

  /**
   * Runs a write that commits as it goes (`CALL {} IN TRANSACTIONS`), which only an auto-commit
   * transaction may run: maintenance over the whole graph (migrations), not requests.
   */
  writeInBatches<R>(
    query: NamedQuery<R>,
    params: Params = {},
    timeoutMs = MAINTENANCE_TIMEOUT_MS,
  ): Promise<R[]> {
    return this.decoded(query, timeoutMs, () =>
      this.autoCommit(neo4j.session.WRITE, query.cypher, toParams(params) as Params, {
        timeout: timeoutMs,
        metadata: { query: query.name },
      }),
    );
  }

  /**
   * Runs several writes in one transaction: all of them land or none does. Within a request it keeps
   * to the request's deadline: Neo4j stops the transaction then (its timeout), the client is
   * answered QUERY_TIMEOUT even if Neo4j never answers, and no attempt starts or commits after it.
   */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const budget = this.budget;
    const timeoutMs = Math.min(QUERY_TIMEOUT_MS, budget?.timeoutMs ?? Infinity);
    // Set once an attempt's work is done and the driver commits it.
    let committing = false;
    try {
      return await withinBudget(budget, (remainingMs) => {
        const deadlineAt = Date.now() + remainingMs;
        // Outside a request (seed, import CLI) a write may take as long as it needs.
        const timeout = budget
          ? { timeout: Math.ceil(Math.min(QUERY_TIMEOUT_MS, remainingMs)) }
          : {};
        const config = { ...timeout, metadata: { query: 'writeTransaction' } };
        return this.managedWrite(async (runner) => {
          // The driver retries transient failures: never once the client was told it failed.
          committing = false;
          if (Date.now() >= deadlineAt) throw new WriteDeadlinePassed();
          const result = await work(runner);
          if (Date.now() >= deadlineAt) throw new WriteDeadlinePassed();
          committing = true;
          return result;
        }, config);
      });
    } catch (error) {
      if (error instanceof WriteDeadlinePassed) throw queryTimeoutError(timeoutMs);
      const mapped = mapDatabaseError(error, timeoutMs);
      if (committing && isCommitUnanswered(mapped)) throw writeOutcomeUnknown(mapped);
      throw mapped;
    }
  }

  private async managedWrite<T>(
    work: (tx: TransactionRunner) => Promise<T>,
    config: { timeout?: number; metadata: Record<string, string> },
  ): Promise<T> {
    // The bookmarks all other queries share, so reads after this write see it (in a cluster too).
    const session = this.driver.session({
      database: this.databaseName,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite(
        (tx) => work(new TransactionRunner(tx, this.view.stats)),
        config,
      );
    } finally {
      await session.close();
    }
  }

  /** True when the server answers a trivial query within `timeoutMs`. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: neo4j.session.READ,
    });
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timed out')), timeoutMs);
      });
      await Promise.race([session.run('RETURN 1'), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  close(): Promise<void> {
    markClosed(this.driver);
    return this.driver.close();
  }

  private run<R>(
    query: Query<R>,
    params: Params,
    routingMode: (typeof routing)[keyof typeof routing],
  ): Promise<R[]> {
    const budget = this.budget;
    const timeoutMs = Math.min(QUERY_TIMEOUT_MS, budget?.timeoutMs ?? Infinity);
    return this.decoded(query, timeoutMs, () =>
      withinBudget(budget, (remainingMs) => {
        const cypher = cypherOf(query);
        const parameters = toParams(params) as Params;
        // The name shows in Neo4j's query log and in SHOW TRANSACTIONS.
        const config = {
          timeout: Math.ceil(Math.min(QUERY_TIMEOUT_MS, remainingMs)),
          metadata: { query: nameOf(query) },
        };
        return routingMode === routing.READ
          ? this.autoCommit(neo4j.session.READ, cypher, parameters, config)
          : this.driver
              .executeQuery(cypher, parameters, {
                routing: routingMode,
                database: this.databaseName,
                transactionConfig: config,
              })
              .then((result) => result.records);
      }),
    );
  }

  /** The records `fetch` gets, decoded by their query, logged, counted; errors mapped to codes. */
  private async decoded<R>(
    query: Query<R>,
    timeoutMs: number,
    fetch: () => Promise<Neo4jRecord[]>,
  ): Promise<R[]> {
    const name = nameOf(query);
    const started = performance.now();
    try {
      const rows = (await fetch()).map((record) => toPlain(record.toObject()) as Row);
      logQuery(name, performance.now() - started, rows.length);
      return decodeRows(query, rows);
    } catch (error) {
      throw mapDatabaseError(error, timeoutMs);
    } finally {
      count(this.view.stats, familyNameOf(query), started);
    }
  }

  /**
   * One auto-commit transaction. For a read, RUN and PULL go out in one write and come back in one
   * round trip, where a managed transaction adds BEGIN and COMMIT (3 writes, 2 round trips): a read
   * has nothing to retry or commit. The bookmarks `executeQuery` shares keep it causally after
   * earlier writes, and later reads after it, where reads may reach another server (a routing
   * URI); on a direct connection every read reaches the server every write committed on, so a
   * read skips the bookmark manager (0.1-0.2 ms of driver CPU per read, ab-cpu).
   */
  private async autoCommit(
    accessMode: SessionMode,
    cypher: string,
    parameters: Params,
    config: { timeout: number; metadata: Record<string, string> },
  ): Promise<Neo4jRecord[]> {
    const bookmarks =
      accessMode === neo4j.session.WRITE || this.view.readsFollowBookmarks !== false;
    const session = this.driver.session({
      database: this.databaseName,
      defaultAccessMode: accessMode,
      ...(bookmarks ? { bookmarkManager: this.driver.executeQueryBookmarkManager } : {}),
    });
    // A read under way when the database is closed (an export's page read ahead) fails, not hangs.
    try {
      const result = withoutStackTrace(() => session.run(cypher, parameters, config));
      return (await settledOnClose(this.driver, result)).records;
    } finally {
      // Its failure matters only while the database is open.
      await settledOnClose(this.driver, session.close()).catch((error: unknown) => {
        if (!isClosed(this.driver)) throw error;
      });
    }
  }
}

/**
 * Starts `run` with stack traces off: neo4j-driver builds and formats one for every result (5–10 %
 * of a simple request's API CPU in paired runs by hand), only to put it on errors, which reach no
 * client here and are logged under the query's name.
 */
function withoutStackTrace<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Runs queries inside one managed transaction, with the same decoded rows as Database. */
export class TransactionRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly stats?: QueryStats,
  ) {}

  async run<R>(query: NamedQuery<R>, params?: Params): Promise<R[]>;
  async run(query: string, params?: Params): Promise<Row[]>;
  async run<R>(query: Query<R>, params: Params = {}): Promise<R[]> {
    const name = nameOf(query);
    const started = performance.now();
    try {
      const result = await this.tx.run(cypherOf(query), toParams(params) as Params);
      const rows = result.records.map((record) => toPlain(record.toObject()) as Row);
      logQuery(name, performance.now() - started, rows.length);
      return decodeRows(query, rows);
    } finally {
      count(this.stats, familyNameOf(query), started);
    }
  }
}
