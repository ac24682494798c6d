import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time spent per measured request, split between the serving Node process and the Neo4j JVM. */
export interface CpuPerRequest {
  /** The server process (API or raw Cypher server); this process for the in-process loops. */
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

/** CPU used so far by `serverPid` (this process when undefined) and by the Neo4j JVM. */
export function cpuSnapshot(neo4jPid: number | undefined, serverPid?: number): CpuSnapshot {
  const usage = process.cpuUsage();
  const serverMs = serverPid === undefined ? null : processCpuMs(serverPid);
  return {
    nodeMicros: serverMs === null ? usage.user + usage.system : serverMs * 1000,
    neo4jMs: processCpuMs(neo4jPid),
  };
}

/** CPU time spent between two snapshots, in ms; Neo4j's is null when it is not known. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuPerRequest {
  return {
    nodeMs: (after.nodeMicros - before.nodeMicros) / 1000,
    neo4jMs:
      before.neo4jMs === null || after.neo4jMs === null ? null : after.neo4jMs - before.neo4jMs,
  };
}

/** Adds up the CPU of several slices and divides it by the requests they served. */
export function cpuPerRequest(slices: readonly CpuPerRequest[], requests: number): CpuPerRequest {
  const count = Math.max(1, requests);
  const neo4jKnown = slices.every((slice) => slice.neo4jMs !== null);
  return {
    nodeMs: slices.reduce((sum, slice) => sum + slice.nodeMs, 0) / count,
    neo4jMs: neo4jKnown
      ? slices.reduce((sum, slice) => sum + (slice.neo4jMs ?? 0), 0) / count
      : null,
  };
}
