import autocannon from 'autocannon';
import { STATS_HEADER } from '../src/plugins/db-stats.js';
import type { BenchOperation } from './operations.js';
import { summarize, type Timing } from './stats.js';

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export interface GraphqlCheck {
  /** Summary of the answer, compared with the raw Cypher one. */
  shape: string;
  /** Neo4j queries the API ran for it (its `extensions.db`). */
  roundTrips: number;
}

/** Sends the operation once and fails loudly unless it returns data without `errors`. */
export async function checkGraphql(url: string, operation: BenchOperation): Promise<GraphqlCheck> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...HEADERS, [STATS_HEADER]: '1' },
    body: JSON.stringify({ query: operation.graphql }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as {
    data?: unknown;
    errors?: unknown;
    extensions?: { db?: { roundTrips?: number } };
  };
  if (!response.ok || body.errors !== undefined || body.data == null) {
    throw new Error(
      `${operation.id}. ${operation.name}: GraphQL answered ${response.status} ${text.slice(0, 500)}`,
    );
  }
  return {
    shape: operation.graphqlShape(body.data),
    roundTrips: body.extensions?.db?.roundTrips ?? Number.NaN,
  };
}

/** Drives the operation over `connections` keep-alive connections for `seconds`. */
export function runGraphql(
  url: string,
  operation: BenchOperation,
  connections: number,
  seconds: number,
): Promise<Timing> {
  const latenciesMs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: HEADERS,
        body: JSON.stringify({ query: operation.graphql }),
        connections,
        duration: seconds,
        // A GraphQL error still comes back as 200: count it as a mismatch instead.
        verifyBody: (text) => typeof text === 'string' && !text.includes('"errors"'),
      },
      (error: unknown, result) => {
        if (error) return reject(error);
        const failed = result.errors + result.non2xx + result.mismatches;
        if (failed > 0) {
          return reject(
            new Error(
              `${operation.id}. ${operation.name}: ${result.errors} connection errors, ${result.non2xx} non-2xx, ${result.mismatches} GraphQL errors during the run`,
            ),
          );
        }
        resolve(summarize(latenciesMs, result.duration));
      },
    );
    // autocannon's own histogram has 1 ms resolution; raw Cypher is sub-millisecond.
    instance.on('response', (_client, _status, _bytes, ms) => latenciesMs.push(ms));
  });
}
