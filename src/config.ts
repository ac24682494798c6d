import { resolve } from 'node:path';

/** Where the API finds Neo4j: an existing server, or the local launcher started by the API. */
export type DatabaseTarget =
  | { kind: 'remote'; uri: string; user: string; password: string; database: string | undefined }
  | { kind: 'local'; port: number; dataDir: string; heap: string; pageCacheMiB: number };

/** How the HTTP/GraphQL layer behaves; production (`NODE_ENV=production`) defaults are the safe ones. */
export interface ServingConfig {
  production: boolean;
  /** API-side deadline of one request, database work included (QUERY_TIMEOUT past it). */
  requestTimeoutMs: number;
  /** Origins allowed by CORS; empty means no CORS headers (same-origin only), `*` any origin without credentials. */
  corsOrigins: string[];
  graphiql: boolean;
  introspection: boolean;
  /** "Did you mean ...?" hints in validation errors. */
  fieldSuggestions: boolean;
  /** Whether `x-graph-stats: 1` adds `extensions.db` to responses. */
  graphStatsHeader: boolean;
  /** Largest request body accepted, in bytes (413 above). */
  bodyLimitBytes: number;
  /** Requests per minute per client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Take the client address from the first `X-Forwarded-For` entry (behind a trusted proxy). */
  trustProxy: boolean;
  /** Database queries one request may run at the same time; the others wait their turn. */
  queriesPerRequest: number;
  /** How often the background readiness ping runs. */
  readyPingIntervalMs: number;
  /** The response cache of anonymous queries, keyed on the graph version. */
  responseCache: ResponseCacheConfig;
}

export interface ResponseCacheConfig {
  enabled: boolean;
  /** Longest an answer is served from the cache; bounds what a write outside the API leaves stale. */
  ttlMs: number;
  /** Most answers kept (least recently used ones go first). */
  maxEntries: number;
}

export interface AppConfig {
  port: number;
  /** Address the API listens on: all interfaces by default (containers), 127.0.0.1 for loopback only. */
  host: string;
  database: DatabaseTarget;
  serving: ServingConfig;
}

export class ConfigError extends Error {}

export function intFromEnv(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function boolFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (1/0), got "${env[name]}"`);
}

/** Whether a reverse proxy of ours sets X-Forwarded-For; AUTH_TRUST_PROXY is the former name. */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv): boolean {
  const name = env.TRUST_PROXY?.trim() ? 'TRUST_PROXY' : 'AUTH_TRUST_PROXY';
  return boolFromEnv(env, name, false);
}

/** The serving settings from the environment; an empty env gives the development defaults. */
export function loadServingConfig(env: NodeJS.ProcessEnv = process.env): ServingConfig {
  const production = env.NODE_ENV === 'production';
  // One switch: GRAPHIQL=on brings introspection with it (GraphiQL reads the schema that way).
  const graphiql = boolFromEnv(env, 'GRAPHIQL', !production);
  const introspection = boolFromEnv(env, 'INTROSPECTION', graphiql);
  if (graphiql && !introspection) {
    throw new ConfigError('GRAPHIQL=on needs introspection: unset INTROSPECTION or set it on too');
  }
  const origins = env.CORS_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  return {
    production,
    requestTimeoutMs: intFromEnv(env, 'REQUEST_TIMEOUT_MS', 15_000, 100, 600_000),
    corsOrigins: origins ?? (production ? [] : ['*']),
    graphiql,
    introspection,
    fieldSuggestions: boolFromEnv(env, 'FIELD_SUGGESTIONS', !production),
    graphStatsHeader: boolFromEnv(env, 'GRAPH_STATS_HEADER', !production),
    bodyLimitBytes: intFromEnv(env, 'BODY_LIMIT_BYTES', 100_000, 1_000, 10_000_000),
    rateLimitPerMinute: intFromEnv(
      env,
      'RATE_LIMIT_PER_MINUTE',
      production ? 1_200 : 0,
      0,
      1_000_000,
    ),
    trustProxy: trustProxyFromEnv(env),
    queriesPerRequest: intFromEnv(env, 'DB_QUERIES_PER_REQUEST', 4, 1, 100),
    readyPingIntervalMs: intFromEnv(env, 'READY_PING_INTERVAL_MS', 2_000, 100, 60_000),
    responseCache: {
      enabled: boolFromEnv(env, 'RESPONSE_CACHE', true),
      ttlMs: intFromEnv(env, 'RESPONSE_CACHE_TTL_SECONDS', 300, 1, 86_400) * 1_000,
      maxEntries: intFromEnv(env, 'RESPONSE_CACHE_MAX_ENTRIES', 1_000, 1, 1_000_000),
    },
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim();
  const database: DatabaseTarget = uri
    ? {
        kind: 'remote',
        uri,
        user: env.NEO4J_USER ?? 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database: env.NEO4J_DATABASE || undefined,
      }
    : {
        kind: 'local',
        port: intFromEnv(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
        dataDir: resolve(env.NEO4J_LOCAL_DATA ?? '.data/neo4j'),
        heap: env.NEO4J_LOCAL_HEAP ?? '512m',
        pageCacheMiB: intFromEnv(env, 'NEO4J_LOCAL_PAGECACHE_MIB', 256, 16, 65536),
      };
  return {
    port: intFromEnv(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    database,
    serving: loadServingConfig(env),
  };
}
