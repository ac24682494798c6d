import neo4j, { type Driver, type ManagedTransaction, routing } from 'neo4j-driver';
import { type RequestBudget, withinBudget } from './concurrency.js';
import { mapDatabaseError } from './errors.js';
import { type Plain, toParams, toPlain } from './plain.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** Counts database round trips and time, for `extensions.db` and batching tests. */
export interface QueryStats {
  roundTrips: number;
  ms: number;
}

/** Longest a single query may run before the server stops it. */
export const QUERY_TIMEOUT_MS = 15_000;

/** The one module that talks to neo4j-driver: rows come out as plain objects. */
export class Database {
  constructor(
    private readonly driver: Driver,
    readonly databaseName: string | undefined,
    private readonly stats?: QueryStats,
    private readonly budget?: RequestBudget,
  ) {}

  /** A view of this database that adds each query to `stats` (and keeps to a request's `budget`). */
  withStats(stats: QueryStats, budget?: RequestBudget): Database {
    return new Database(this.driver, this.databaseName, stats, budget);
  }

  /** Runs a read query with READ routing, so cluster followers can serve it. */
  read(query: string, params: Params = {}): Promise<Row[]> {
    return this.run(query, params, routing.READ);
  }

  /** Runs a single auto-committed write query (one transaction). */
  write(query: string, params: Params = {}): Promise<Row[]> {
    return this.run(query, params, routing.WRITE);
  }

  /** Runs several writes in one transaction: all of them land or none does. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.databaseName });
    const started = performance.now();
    try {
      return await session.executeWrite((tx) => work(new TransactionRunner(tx, this.stats)));
    } finally {
      await session.close();
      if (this.stats) this.stats.ms += performance.now() - started;
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
    return this.driver.close();
  }

  private async run(
    query: string,
    params: Params,
    routingMode: (typeof routing)[keyof typeof routing],
  ): Promise<Row[]> {
    const started = performance.now();
    try {
      const result = await withinBudget(this.budget, (remainingMs) =>
        this.driver.executeQuery(query, toParams(params) as Params, {
          routing: routingMode,
          database: this.databaseName,
          transactionConfig: { timeout: Math.ceil(Math.min(QUERY_TIMEOUT_MS, remainingMs)) },
        }),
      );
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw mapDatabaseError(error, Math.min(QUERY_TIMEOUT_MS, this.budget?.timeoutMs ?? Infinity));
    } finally {
      if (this.stats) {
        this.stats.roundTrips += 1;
        this.stats.ms += performance.now() - started;
      }
    }
  }
}

/** Runs queries inside one managed transaction, with the same plain rows as Database. */
export class TransactionRunner {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly stats?: QueryStats,
  ) {}

  async run(query: string, params: Params = {}): Promise<Row[]> {
    const result = await this.tx.run(query, toParams(params) as Params);
    if (this.stats) this.stats.roundTrips += 1;
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }
}
