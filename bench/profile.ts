import type { Driver, ProfiledPlan, QueryConfig, Session, SessionConfig } from 'neo4j-driver';

type TransactionConfig = Parameters<Session['run']>[2];

import { Database } from '../src/db/database.js';
import { createApp } from '../src/yoga.js';
import type { RawNeo4j } from './database.js';
import type { BenchOperation } from './operations.js';

/** Neo4j's work for one request: statements and db hits (PROFILE), on each side. */
export interface DbHits {
  graphql: number;
  cypher: number;
}

function hitsOf(plan: ProfiledPlan | false | undefined): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0);
}

/** Runs `run` (a query) under PROFILE and adds its db hits to `total.hits`. */
function profiled<R extends { summary: { profile: ProfiledPlan | false } }>(
  total: { hits: number },
  run: (cypher: string) => Promise<R>,
  cypher: string,
): Promise<R> {
  return run(`PROFILE ${cypher}`).then((result) => {
    total.hits += hitsOf(result.summary.profile);
    return result;
  });
}

/** A session whose `run` profiles each query (reads run as auto-commit queries of a session). */
function profilingSession(session: Session, total: { hits: number }): Session {
  return new Proxy(session, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== 'run') return typeof value === 'function' ? value.bind(target) : value;
      return (cypher: string, parameters?: Record<string, unknown>, config?: TransactionConfig) =>
        profiled(total, (text) => target.run(text, parameters, config), cypher);
    },
  });
}

/** A driver whose queries (`executeQuery`, sessions' `run`) run under PROFILE, adding their db hits to `total.hits`. */
function profilingDriver(driver: Driver, total: { hits: number }): Driver {
  return new Proxy(driver, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'session') {
        return (config?: SessionConfig) => profilingSession(target.session(config), total);
      }
      if (property !== 'executeQuery')
        return typeof value === 'function' ? value.bind(target) : value;
      return (cypher: string, parameters?: Record<string, unknown>, config?: QueryConfig) =>
        profiled(total, (text) => target.executeQuery(text, parameters, config), cypher);
    },
  });
}

/** Runs the operation once through the API (every statement profiled) and once as raw Cypher. */
export async function profileOperation(raw: RawNeo4j, operation: BenchOperation): Promise<DbHits> {
  const total = { hits: 0 };
  const db = new Database(profilingDriver(raw.driver, total), raw.database);
  const response = await createApp({ db }).fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.graphql }),
  });
  await response.text();
  const rawResult = await raw.driver.executeQuery(`PROFILE ${operation.cypher}`, operation.params, {
    database: raw.database,
  });
  return { graphql: total.hits, cypher: hitsOf(rawResult.summary.profile) };
}
