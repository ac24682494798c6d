import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { freePort } from '../src/neo4j/free-port.js';
import type { Cleanup } from './cleanup.js';
import type { Neo4jConnection } from './database.js';
import { runHttpLoad } from './http-load.js';
import type { BenchOperation } from './operations.js';
import { startServerProcess } from './processes.js';
import type { Samples } from './stats.js';

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
// Under node_modules so that the bundle's package imports (neo4j-driver) resolve.
const CACHE_DIR = new URL('../node_modules/.cache/solidarity-graph/', import.meta.url);

export interface RawHttpServer {
  /** The base URL: POST `${base}/cypher/<operation id>` with the parameters as JSON. */
  base: string;
  pid: number;
}

/**
 * Compiles bench/raw-http-server.ts to plain JavaScript and starts it against the bench's database;
 * `nodeArgs` (V8 flags, for a side-by-side of one setting) go before the script.
 */
export async function startRawHttpServer(
  neo4j: Neo4jConnection,
  cleanup: Cleanup,
  nodeArgs: string[] = [],
): Promise<RawHttpServer> {
  await mkdir(CACHE_DIR, { recursive: true });
  const outfile = fileURLToPath(new URL('raw-http-server.mjs', CACHE_DIR));
  await build({
    entryPoints: [fileURLToPath(new URL('./raw-http-server.ts', import.meta.url))],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
  });
  const port = await freePort();
  const server = await startServerProcess(
    'the raw Cypher server',
    [...nodeArgs, outfile],
    {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database ?? '',
      PORT: String(port),
    },
    'raw Cypher server ready',
    cleanup,
  );
  return { base: `http://127.0.0.1:${port}`, pid: server.pid };
}

const urlOf = (server: RawHttpServer, operation: BenchOperation) =>
  `${server.base}/cypher/${operation.id}`;

/** Sends the operation once over HTTP and returns the shape of its answer. */
export async function checkRawHttp(
  server: RawHttpServer,
  operation: BenchOperation,
): Promise<string> {
  const response = await fetch(urlOf(server, operation), {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify(operation.params),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(
      `${operation.id}. ${operation.name}: raw HTTP answered ${response.status} ${text}`,
    );
  }
  return operation.cypherShape((JSON.parse(text) as { rows: Record<string, unknown>[] }).rows);
}

export function runRawHttp(
  server: RawHttpServer,
  operation: BenchOperation,
  connections: number,
  seconds: number,
): Promise<Samples> {
  return runHttpLoad({
    label: `${operation.id}. ${operation.name} (raw Cypher over HTTP)`,
    url: urlOf(server, operation),
    body: JSON.stringify(operation.params),
    headers: HEADERS,
    connections,
    seconds,
  });
}
