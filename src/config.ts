import { resolve } from 'node:path';

/** Where the API finds Neo4j: an existing server, or the local launcher started by the API. */
export type DatabaseTarget =
  | { kind: 'remote'; uri: string; user: string; password: string; database: string | undefined }
  | { kind: 'local'; port: number; dataDir: string; heap: string; pageCacheMiB: number };

export interface AppConfig {
  port: number;
  database: DatabaseTarget;
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
    database,
  };
}
