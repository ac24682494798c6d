import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
  }
}

/** Uses NEO4J_URI when set; otherwise a local Neo4j on a free port with a throwaway store. */
export default async function setup(project: TestProject) {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    project.provide('neo4jUri', uri);
    project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-test-'));
  const neo = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '768m' });
  project.provide('neo4jUri', neo.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
