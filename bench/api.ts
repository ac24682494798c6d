import { API_NODE_FLAGS } from '../scripts/api-node-flags.js';
import { apiBuildIsStale, buildApi } from '../scripts/build-api.js';
import { freePort } from '../src/neo4j/free-port.js';
import type { Cleanup } from './cleanup.js';
import type { Neo4jConnection } from './database.js';
import { startServerProcess } from './processes.js';

/** How the API process runs: compiled JavaScript (as `npm start`) or the sources under tsx. */
export type ApiRuntime = 'compiled' | 'tsx';

export interface ApiProcess {
  url: string;
  pid: number;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
}

/**
 * Optional extras: `nodeEnv` for NODE_ENV (empty by default), `nodeArgs` before the script, `env`
 * for other settings (REQUEST_TIMEOUT_MS).
 */
export interface ApiExtras {
  nodeEnv?: string;
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** The compiled entry point to run instead of dist/main.js (an A/B against another build). */
  entry?: string;
}

/**
 * Starts the API as its own process, the production way (`node dist/main.js`, built first when
 * stale), against the bench's database; `responseCache` turns its response cache on or off.
 */
export async function startApi(
  neo4j: Neo4jConnection,
  options: { responseCache: boolean; runtime: ApiRuntime },
  cleanup: Cleanup,
  extras: ApiExtras = {},
): Promise<ApiProcess> {
  if (options.runtime === 'compiled' && !extras.entry && apiBuildIsStale()) await buildApi();
  const port = await freePort();
  const args = [
    ...API_NODE_FLAGS,
    ...(extras.nodeArgs ?? []),
    ...(options.runtime === 'compiled'
      ? [extras.entry ?? 'dist/main.js']
      : ['--import', 'tsx', 'src/main.ts']),
  ];
  const name = `the API (${options.runtime}, cache ${options.responseCache ? 'on' : 'off'})`;
  const server = await startServerProcess(
    name,
    args,
    {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      RESPONSE_CACHE: options.responseCache ? '1' : '0',
      RATE_LIMIT_PER_MINUTE: '0',
      GRAPH_STATS_HEADER: '1',
      NODE_ENV: extras.nodeEnv ?? '',
      ...extras.env,
    },
    'solidarity-graph ready',
    cleanup,
  );
  await untilReady(`http://127.0.0.1:${port}/ready`, name);
  return { url: `http://127.0.0.1:${port}/graphql`, pid: server.pid, output: server.output };
}

const READY_WAIT_MS = 180_000;

/** Waits for `/ready`: until then the API warms plans in the background, which would be timed too. */
async function untilReady(url: string, name: string): Promise<void> {
  const deadline = performance.now() + READY_WAIT_MS;
  while (performance.now() < deadline) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready within ${READY_WAIT_MS / 1000} s (${url})`);
}
