import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { runScript } from '../support/processes.js';

const scratch = mkdtempSync(join(tmpdir(), 'solidarity-graph-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `npm start` and checks that it failed with `message`, a non-zero exit and no stack. */
async function expectCleanFailure(env: Record<string, string>, message: string) {
  const run = await runScript('src/main.ts', env, 150_000);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('npm start fails clearly', () => {
  it('when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expectCleanFailure(
        {
          ...testNeo4jEnv(),
          PORT: String(port),
        },
        `Port ${port} on 0.0.0.0 is already in use`,
      );
    } finally {
      blocker.close();
    }
  }, 160_000);

  it('when the local Neo4j port is in use, in one line and within seconds', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expectCleanFailure(
        { NEO4J_URI: '', NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA: join(scratch, 'p') },
        `solidarity-graph: Port ${port} on 127.0.0.1 is already in use: stop the other database or set NEO4J_LOCAL_PORT.`,
      );
    } finally {
      blocker.close();
    }
  }, 160_000);

  it('when the data directory cannot be created', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    await expectCleanFailure(
      { NEO4J_URI: '', NEO4J_LOCAL_DATA: join(file, 'neo4j'), PORT: '0' },
      'set NEO4J_LOCAL_DATA to a writable directory',
    );
  }, 160_000);

  it('when the data directory cannot be written to', async () => {
    const dataDir = join(scratch, 'data');
    mkdirSync(join(dataDir, 'launcher.log'), { recursive: true });
    await expectCleanFailure(
      { NEO4J_URI: '', NEO4J_LOCAL_DATA: dataDir, PORT: '0' },
      `Cannot use ${dataDir} as the local Neo4j data directory (EISDIR)`,
    );
  }, 160_000);
});
