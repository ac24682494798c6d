import { readFile } from 'node:fs/promises';
import { evaluation, inspect } from './inspector.js';

/** Memory of another process: resident set from /proc, live heap after a GC from its inspector. */
export interface ProcessMemory {
  rssBytes: number;
  /** Undefined when the process has no inspector to ask. */
  heapUsedBytes: number | undefined;
}

/** Node's `--inspect=127.0.0.1:0` prints the URL of its (randomly ported) inspector on stderr. */
export const INSPECT_ARG = '--inspect=127.0.0.1:0';

/** The inspector's WebSocket URL in what the process printed, if it printed one. */
export function inspectorUrl(output: string): string | undefined {
  return /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
}

/** VmRSS of `pid` in bytes, from /proc/<pid>/status (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kib) * 1024;
}

/** The live heap of the process behind `url`, after a full GC, through the inspector protocol. */
export async function heapAfterGc(url: string): Promise<number> {
  const [, evaluated] = await inspect(url, [
    { method: 'HeapProfiler.collectGarbage' },
    evaluation('JSON.stringify(process.memoryUsage())'),
  ]);
  const value = evaluated?.result?.value;
  if (typeof value !== 'string') throw new Error('the inspector returned no memory usage');
  return (JSON.parse(value) as NodeJS.MemoryUsage).heapUsed;
}

/** RSS and (when `inspector` is given) the live heap after a GC of process `pid`. */
export async function processMemory(
  pid: number,
  inspector: string | undefined,
): Promise<ProcessMemory> {
  // The GC first, so that the RSS is read after it too.
  const heapUsedBytes = inspector === undefined ? undefined : await heapAfterGc(inspector);
  return { rssBytes: await residentBytes(pid), heapUsedBytes };
}
