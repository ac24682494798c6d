import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import { freePort } from '../../src/neo4j/free-port.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { createApp } from '../../src/yoga.js';

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-ready-'));
let neo: LocalNeo4j | undefined;
afterAll(async () => {
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function status(app: ReturnType<typeof createApp>, path: string): Promise<number> {
  const response = await app.fetch(`http://test${path}`);
  return response.status;
}

async function waitForStatus(app: ReturnType<typeof createApp>, expected: number) {
  const deadline = Date.now() + 30_000;
  let last = await status(app, '/ready');
  while (last !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await status(app, '/ready');
  }
  return last;
}

describe('/health and /ready', () => {
  it('reports 503 on /ready while Neo4j is down and 200 once it is back; /health stays 200', async () => {
    const port = await freePort();
    neo = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
    const db = await connectDatabase({ uri: neo.uri });
    const app = createApp({ db });
    try {
      expect(await status(app, '/ready')).toBe(200);
      expect(await status(app, '/health')).toBe(200);

      await neo.stop();
      expect(await waitForStatus(app, 503)).toBe(503);
      expect(await status(app, '/health')).toBe(200);

      neo = await startLocalNeo4j({ port, dataDir, heap: '256m', log: () => {} });
      expect(await waitForStatus(app, 200)).toBe(200);
      expect(await status(app, '/health')).toBe(200);
    } finally {
      await db.close();
    }
    // Two Neo4j starts on a shared 2-core machine can take a minute.
  }, 180_000);
});
