import { type CpuPerRequest, cpuBetween, cpuPerRequest, cpuSnapshot } from './cpu.js';
import type { BenchSettings } from './settings.js';
import { type Measurement, mergeSamples, type Samples, summarize } from './stats.js';

/** A load run of the given length, on one side, served by process `serverPid` (this one if absent). */
export interface LoadRun {
  run: (seconds: number) => Promise<Samples>;
  serverPid?: number;
}

interface Collected {
  samples: Samples[];
  cpu: CpuPerRequest[];
}

/** The order of the sides in round `round`: forwards, then backwards, so no side always goes first. */
function orderOfRound<T>(sides: readonly T[], round: number): readonly T[] {
  return round % 2 === 0 ? sides : [...sides].reverse();
}

/**
 * Measures every side of one operation in `settings.rounds` interleaved slices, so that a change
 * of the machine's speed during the run (other VMs, CPU boost) falls on every side alike and
 * cancels out of their ratios. Each side gets an unreported warm-up first.
 */
export async function measureInterleaved<Side extends string>(
  label: string,
  sides: Record<Side, LoadRun>,
  settings: BenchSettings,
  neo4jPid: number | undefined,
): Promise<Record<Side, Measurement>> {
  const names = Object.keys(sides) as Side[];
  console.log(
    `measuring ${label}: ${names.join(', ')} in ${settings.rounds} interleaved rounds...`,
  );
  const collected = new Map<Side, Collected>(names.map((name) => [name, { samples: [], cpu: [] }]));
  for (const name of names) await sides[name].run(settings.warmupSeconds);
  const slice = settings.seconds / settings.rounds;
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const name of orderOfRound(names, round)) {
      const { run, serverPid } = sides[name];
      const before = cpuSnapshot(neo4jPid, serverPid);
      const samples = await run(slice);
      const spent = cpuBetween(before, cpuSnapshot(neo4jPid, serverPid));
      collected.get(name)?.samples.push(samples);
      collected.get(name)?.cpu.push(spent);
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const { samples, cpu } = collected.get(name) as Collected;
      const timing = summarize(mergeSamples(samples));
      return [name, { ...timing, cpuPerRequest: cpuPerRequest(cpu, timing.requests) }];
    }),
  ) as Record<Side, Measurement>;
}
