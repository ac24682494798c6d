import autocannon from 'autocannon';
import type { ApiTiming } from './api-timing.js';
import { ErrorTally } from './load-errors.js';
import { LOAD_MIX } from './load-mix.js';
import type { ProcessMemory } from './process-memory.js';

const HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export interface LoadOptions {
  /** The API's GraphQL endpoint. */
  url: string;
  connections: number;
  seconds: number;
  /** The client's timeout: above the API's deadline, so its QUERY_TIMEOUT answers are seen. */
  timeoutSeconds: number;
  /** How long the API idles after the run before its memory is read again. */
  idleMs: number;
  /** Send each operation once before the run (off: only wait for `/ready`, a cold start). */
  warmUp?: boolean;
  /** Reads the API process's memory. */
  memory: () => Promise<ProcessMemory>;
  /** Times requests inside the API (started after the warm-up, read at the end), when it can. */
  apiTiming?: { start(): Promise<void>; read(): Promise<ApiTiming> };
}

export interface LoadReport {
  requests: number;
  requestsPerSecond: number;
  timeouts: number;
  /** Connection errors other than timeouts (refused, reset). */
  otherErrors: number;
  /** Answers with a status other than 2xx, by status. */
  non2xx: Record<string, number>;
  /** Answers whose body carried `errors`, by operation, status, code and message. */
  graphqlErrors: ErrorTally;
  latency: { p50: number; p99: number; max: number };
  memory: { before: ProcessMemory; end: ProcessMemory; after: ProcessMemory };
  api: ApiTiming | undefined;
}

/** Waits for `/ready` to say 200, as a load balancer would before it sends traffic. */
async function waitUntilReady(url: string, timeoutMs = 180_000): Promise<void> {
  const ready = new URL('/ready', url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(ready).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline)
      throw new Error(`${ready} still answered ${status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Sends each operation once, up to three times on an error: a cold Neo4j plans each query once,
 * which on a busy machine can take longer than the deadline; a broken mix fails here.
 */
async function warmUp(url: string): Promise<void> {
  for (const { name, query } of LOAD_MIX) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const response = await fetch(url, {
        method: 'POST',
        headers: HEADERS,
        body: JSON.stringify({ query }),
      });
      const text = await response.text();
      if (response.ok && !text.includes('"errors"')) break;
      if (attempt === 3) {
        throw new Error(`warm-up: "${name}" answered ${response.status} ${text.slice(0, 300)}`);
      }
    }
  }
}

/** Runs the mix with autocannon against the API at `url` and reads its memory around the run. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  await waitUntilReady(options.url);
  if (options.warmUp !== false) await warmUp(options.url);
  const before = await options.memory();
  await options.apiTiming?.start();
  const graphqlErrors = new ErrorTally();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    requests: LOAD_MIX.map(({ name, query }) => ({
      method: 'POST',
      headers: HEADERS,
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        graphqlErrors.record(name, status, body);
      },
    })),
  });
  const api = await options.apiTiming?.read();
  const end = await options.memory();
  await new Promise((resolve) => setTimeout(resolve, options.idleMs));
  const after = await options.memory();
  const non2xx: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (!status.startsWith('2')) non2xx[status] = count ?? 0;
  }
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    timeouts: result.timeouts,
    otherErrors: result.errors - result.timeouts,
    non2xx,
    graphqlErrors,
    latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    memory: { before, end, after },
    api,
  };
}

/** The target: no timeouts, no connection errors, no non-2xx, no GraphQL errors. */
export function loadPassed(report: LoadReport): boolean {
  return (
    report.timeouts === 0 &&
    report.otherErrors === 0 &&
    Object.keys(report.non2xx).length === 0 &&
    report.graphqlErrors.answers === 0
  );
}
