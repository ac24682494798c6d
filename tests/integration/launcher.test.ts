import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { readRunningRecord } from '../../src/neo4j/running-record.js';
import { isAlive } from '../support/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-launcher-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function javaProcessesUsing(dir: string): string {
  try {
    return execFileSync('pgrep', ['-f', '--', `--data ${dir}`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

describe('local Neo4j launcher', () => {
  it('starts, stops cleanly with no java process left, and reopens its store', async () => {
    const port = await freePort();
    const first = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
    // Where it listens is written in its data directory, for commands started meanwhile.
    expect(readRunningRecord(dataDir)).toMatchObject({ uri: first.uri, port, pid: first.pid });
    const db = await connectDatabase({ uri: first.uri });
    await db.write("CREATE (:LauncherProbe {note: 'kept across restarts'})");
    await db.close();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(readRunningRecord(dataDir)).toBeUndefined();
    expect(javaProcessesUsing(dataDir)).toBe('');

    const second = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
    try {
      const reopened = await connectDatabase({ uri: second.uri });
      const rows = await reopened.read('MATCH (p:LauncherProbe) RETURN p.note AS note');
      await reopened.close();
      expect(rows).toEqual([{ note: 'kept across restarts' }]);
    } finally {
      await second.stop();
    }
    expect(isAlive(second.pid)).toBe(false);
  }, 180_000);

  it('says in one line that the port is taken, or that another process holds the data directory', async () => {
    const port = await freePort();
    const holder = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
    const otherDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-launcher-'));
    try {
      await expect(
        startLocalNeo4j({ port, dataDir: otherDir, heap: '256m', log: () => {} }),
      ).rejects.toThrow(new RegExp(`^Port ${port} on 127.0.0.1 is already in use[^\n]*$`));
      const lockedPort = await freePort();
      await expect(
        startLocalNeo4j({ port: lockedPort, dataDir, heap: '256m', log: () => {} }),
      ).rejects.toThrow(
        /^Another process holds the local Neo4j data directory [^\n]*NEO4J_LOCAL_DATA[^\n]*$/,
      );
    } finally {
      await holder.stop();
      rmSync(otherDir, { recursive: true, force: true });
    }
    expect(javaProcessesUsing(otherDir)).toBe('');
  }, 240_000);
});
