import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { runScript } from '../support/processes.js';

describe('npm start with a bad database configuration', () => {
  it('names the unreachable NEO4J_URI and exits non-zero', async () => {
    const closedPort = await freePort();
    const uri = `bolt://127.0.0.1:${closedPort}`;
    const run = await runScript('src/main.ts', { NEO4J_URI: uri, PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Cannot reach Neo4j at ${uri}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains a NEO4J_URI with an unknown scheme', async () => {
    const run = await runScript('src/main.ts', { NEO4J_URI: 'http://127.0.0.1:7474', PORT: '0' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Check NEO4J_URI');
  });

  it('says the credentials were rejected and exits non-zero', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-auth-'));
    const neo = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      heap: '256m',
      auth: true,
      log: () => {},
    });
    try {
      const run = await runScript('src/main.ts', {
        NEO4J_URI: neo.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'not-the-password',
        PORT: '0',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('rejected the credentials of user "neo4j"');
    } finally {
      await neo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('says Java is missing, with the ways out, when the local Neo4j cannot start', async () => {
    const run = await runScript('src/main.ts', {
      NEO4J_URI: '',
      JAVA_HOME: '/nonexistent-jdk',
      PORT: '0',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('needs Java 17 or newer');
    expect(run.stderr).toContain('NEO4J_URI');
    expect(run.stderr).toContain('docker compose up');
  });
});
