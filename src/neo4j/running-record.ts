import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a running local Neo4j listens, written in its data directory once it answers. */
export interface RunningRecord {
  uri: string;
  port: number;
  /** The Java process that holds the data directory. */
  pid: number;
  /** The Node process that started it (the server, `npm run db:start` or a command). */
  startedBy: number;
  startedAt: string;
}

export const RUNNING_RECORD_FILE = 'neo4j-local.json';

const recordPath = (dataDir: string) => join(dataDir, RUNNING_RECORD_FILE);

/** True while a process with this pid exists (EPERM: it exists, under another user). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isRecord(value: unknown): value is RunningRecord {
  const r = value as Partial<RunningRecord> | null;
  return (
    typeof r?.uri === 'string' &&
    Number.isInteger(r.port) &&
    Number.isInteger(r.pid) &&
    Number.isInteger(r.startedBy) &&
    typeof r.startedAt === 'string'
  );
}

/** The record of a local Neo4j whose process still exists; none when absent, unreadable or stale. */
export function readRunningRecord(dataDir: string): RunningRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(recordPath(dataDir), 'utf8'));
  } catch {
    return undefined;
  }
  return isRecord(value) && processExists(value.pid) ? value : undefined;
}

/** Writes the record whole (a reader never sees half of it). */
export function writeRunningRecord(dataDir: string, record: RunningRecord): void {
  const path = recordPath(dataDir);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** Removes the record if it is still this process's (a later start may have replaced it). */
export function removeRunningRecord(dataDir: string, pid: number): void {
  try {
    const current = JSON.parse(readFileSync(recordPath(dataDir), 'utf8')) as { pid?: unknown };
    if (current.pid === pid) rmSync(recordPath(dataDir), { force: true });
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}
