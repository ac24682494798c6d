import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../../src/neo4j/local-neo4j.js';
import { TEST_WORKERS } from './neo4j-pool.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUris: string[];
    neo4jUser: string;
    neo4jPassword: string;
    /** Where files note which curated graph each database holds (tests/support/graph-fingerprint.ts). */
    fixtureMarkers: string;
  }
}

/**
 * Uses NEO4J_URI when set (its files then take turns); otherwise local Neo4j instances on free ports
 * with throwaway stores: one per worker for a project whose files run in parallel, else one.
 */
export default async function setup(project: TestProject) {
  const fixtureMarkers = mkdtempSync(join(tmpdir(), 'solidarity-graph-fixtures-'));
  project.provide('fixtureMarkers', fixtureMarkers);
  const uri = process.env.NEO4J_URI;
  if (uri) {
    project.provide('neo4jUris', [uri]);
    project.provide('neo4jUser', process.env.NEO4J_USER ?? 'neo4j');
    project.provide('neo4jPassword', process.env.NEO4J_PASSWORD ?? '');
    return () => rmSync(fixtureMarkers, { recursive: true, force: true });
  }
  const count = Math.max(1, Math.min(TEST_WORKERS, project.config.maxWorkers));
  const dataDirs = Array.from({ length: count }, () =>
    mkdtempSync(join(tmpdir(), 'solidarity-graph-test-')),
  );
  const instances = await Promise.all(
    dataDirs.map(async (dataDir) =>
      startLocalNeo4j({ port: await freePort(), dataDir, heap: '768m' }),
    ),
  );
  project.provide(
    'neo4jUris',
    instances.map((neo) => neo.uri),
  );
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', '');
  return async () => {
    await Promise.all(instances.map((neo) => neo.stop()));
    for (const dir of [...dataDirs, fixtureMarkers]) rmSync(dir, { recursive: true, force: true });
  };
}
