import { STATS_HEADER } from '../src/plugins/db-stats.js';
import { CACHE_HEADER } from '../src/plugins/response-cache.js';
import { runHttpLoad } from './http-load.js';
import type { BenchOperation } from './operations.js';
import type { Samples } from './stats.js';

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export interface GraphqlCheck {
  /** Summary of the answer, compared with the raw Cypher one. */
  shape: string;
  /** Neo4j queries the API ran for it (its `extensions.db`). */
  roundTrips: number;
  /** The API's `x-cache` header: null when its response cache is off. */
  cache: string | null;
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
    cache: response.headers.get(CACHE_HEADER),
  };
}

/** Drives the operation over `connections` keep-alive connections for `seconds`. */
export function runGraphql(
  url: string,
  operation: BenchOperation,
  connections: number,
  seconds: number,
): Promise<Samples> {
  return runHttpLoad({
    label: `${operation.id}. ${operation.name} (GraphQL)`,
    url,
    body: JSON.stringify({ query: operation.graphql }),
    headers: HEADERS,
    connections,
    seconds,
    // A GraphQL error still comes back as 200: count it as a failure instead.
    verifyBody: (text) => !text.includes('"errors"'),
  });
}
