import type { CpuPerRequest } from './cpu.js';

/** What one load run collected: every request's latency, and how long it ran. */
export interface Samples {
  latenciesMs: number[];
  seconds: number;
}

/** Throughput and latency of one side's timed runs. */
export interface Timing {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** What one side (GraphQL or raw Cypher) achieved on one operation. */
export interface Measurement extends Timing {
  cpuPerRequest: CpuPerRequest;
}

/** Nearest-rank percentile of samples already sorted ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Pools the samples of several runs of one side, as if they were one run. */
export function mergeSamples(runs: readonly Samples[]): Samples {
  return {
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
  };
}

/** Sorts the per-request latencies and turns them into throughput and percentiles. */
export function summarize({ latenciesMs, seconds }: Samples): Timing {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    seconds,
    requestsPerSecond: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}
