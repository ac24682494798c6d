import { cpuPerRequest, cpuSnapshot } from './cpu.js';
import type { BenchSettings } from './settings.js';
import type { Measurement, Timing } from './stats.js';

/** A load run of the given length, on one side (GraphQL or raw Cypher). */
export type LoadRun = (seconds: number) => Promise<Timing>;

/** Unreported warm-up, then the timed run with the CPU both processes spent on it. */
export async function measure(
  label: string,
  run: LoadRun,
  settings: BenchSettings,
  neo4jPid: number | undefined,
): Promise<Measurement> {
  console.log(`measuring ${label}...`);
  await run(settings.warmupSeconds);
  const before = cpuSnapshot(neo4jPid);
  const timing = await run(settings.seconds);
  return {
    ...timing,
    cpuPerRequest: cpuPerRequest(before, cpuSnapshot(neo4jPid), timing.requests),
  };
}
