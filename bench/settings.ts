import type { ApiRuntime } from './api.js';

/** How hard and how long each operation is driven; the same for GraphQL and raw Cypher. */
export interface BenchSettings {
  /** Concurrent HTTP connections (GraphQL) and concurrent workers (raw Cypher). */
  connections: number;
  /** Measured seconds per operation and side, in all. */
  seconds: number;
  /** Slices those seconds are cut into, the sides taking turns, so drift hits every side alike. */
  rounds: number;
  /** Unreported seconds run first per operation and side, to warm JIT, caches and pools. */
  warmupSeconds: number;
  /** How the API process runs: `node dist/main.js` (as `npm start`), or under tsx to compare. */
  apiRuntime: ApiRuntime;
}

function secondsFromEnv(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`BENCH_SECONDS must be a positive number of seconds, got "${raw}"`);
  }
  return value;
}

function roundsFromEnv(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`BENCH_ROUNDS must be a whole number of rounds, 1 or more, got "${raw}"`);
  }
  return value;
}

function runtimeFromEnv(raw: string | undefined): ApiRuntime {
  if (raw === undefined || raw.trim() === '' || raw === 'compiled') return 'compiled';
  if (raw === 'tsx') return 'tsx';
  throw new Error(`BENCH_API_RUNTIME must be "compiled" or "tsx", got "${raw}"`);
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    connections: 10,
    seconds: secondsFromEnv(env.BENCH_SECONDS, 10),
    rounds: roundsFromEnv(env.BENCH_ROUNDS, 5),
    warmupSeconds: 2,
    apiRuntime: runtimeFromEnv(env.BENCH_API_RUNTIME),
  };
}
