import { cpuPerRequest, cpuSnapshot } from './cpu.js';
import type { BenchSettings } from './settings.js';
import type { Measurement, Timing } from './stats.js';

/** A load run of the given length, on one side, served by process `serverPid` (this one if absent). */
export interface LoadRun {
  run: (seconds: number) => Promise<Timing>;
  serverPid?: number;
}

/** Unreported warm-up, then the timed run with the CPU both processes spent on it. */
export async function measure(
  label: string,
  { run, serverPid }: LoadRun,
  settings: BenchSettings,
  neo4jPid: number | undefined,
): Promise<Measurement> {
  console.log(`measuring ${label}...`);
  await run(settings.warmupSeconds);
  const before = cpuSnapshot(neo4jPid, serverPid);
  const timing = await run(settings.seconds);
  return {
    ...timing,
    cpuPerRequest: cpuPerRequest(before, cpuSnapshot(neo4jPid, serverPid), timing.requests),
  };
}
