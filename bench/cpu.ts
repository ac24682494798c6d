import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time spent per measured request, split between this Node process and the Neo4j JVM. */
export interface CpuPerRequest {
  /** API + driver + load generator: everything in this process. */
  nodeMs: number;
  /** Only known when this run started the local Neo4j (Linux /proc). */
  neo4jMs: number | null;
}

export interface CpuSnapshot {
  nodeMicros: number;
  neo4jMs: number | null;
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of a process from /proc/<pid>/stat, in ms; null where /proc is not available. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    // Fields after the "(comm)" part: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / clockTicks() : null;
  } catch {
    return null;
  }
}

export function cpuSnapshot(neo4jPid: number | undefined): CpuSnapshot {
  const usage = process.cpuUsage();
  return { nodeMicros: usage.user + usage.system, neo4jMs: processCpuMs(neo4jPid) };
}

export function cpuPerRequest(
  before: CpuSnapshot,
  after: CpuSnapshot,
  requests: number,
): CpuPerRequest {
  const count = Math.max(1, requests);
  return {
    nodeMs: (after.nodeMicros - before.nodeMicros) / 1000 / count,
    neo4jMs:
      before.neo4jMs === null || after.neo4jMs === null
        ? null
        : (after.neo4jMs - before.neo4jMs) / count,
  };
}
