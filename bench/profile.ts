import type { Driver, EagerResult, ProfiledPlan, QueryConfig } from 'neo4j-driver';
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

/** A driver whose queries run under PROFILE, adding their db hits to `total.hits`. */
function profilingDriver(driver: Driver, total: { hits: number }): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'executeQuery') return Reflect.get(target, property, receiver);
      return async (
        cypher: string,
        parameters?: Record<string, unknown>,
        config?: QueryConfig,
      ): Promise<EagerResult> => {
        const result = await target.executeQuery(`PROFILE ${cypher}`, parameters, config);
        total.hits += hitsOf(result.summary.profile);
        return result;
      };
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
