import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { formatSummary } from '../src/dataset/load.js';
import { seedDatabase } from '../src/dataset/seed-database.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { refreshPlannerStatistics } from '../src/db/planner-statistics.js';
import { applySchema } from '../src/model/apply-schema.js';
import { freePort } from '../src/neo4j/free-port.js';
import type { Cleanup } from './cleanup.js';

/** A driver of its own for the raw Cypher side, and the database name both sides use. */
export interface RawNeo4j {
  driver: Driver;
  database: string | undefined;
}

/** Where a server process of the bench finds the same database. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface BenchDatabase {
  /** The API's handle, opened as `npm start` opens it. */
  db: Database;
  raw: RawNeo4j;
  connection: Neo4jConnection;
  /** Where the data lives, for the report: a temp local Neo4j or NEO4J_URI. */
  description: string;
  /** The JVM's pid when this run started the local Neo4j, to read its CPU time. */
  neo4jPid: number | undefined;
}

/**
 * Opens the database as `npm start` does, but a local Neo4j gets its own temp directory and free
 * port so a developer's running server is never touched; then loads schema and curated graph.
 */
export async function openBenchDatabase(cleanup: Cleanup): Promise<BenchDatabase> {
  const target = loadConfig().database;
  let description: string;
  let benchTarget = target;
  if (target.kind === 'local') {
    const dataDir = await mkdtemp(join(tmpdir(), 'solidarity-graph-bench-'));
    cleanup.add('remove temp data dir', () => rm(dataDir, { recursive: true, force: true }));
    benchTarget = { ...target, port: await freePort(), dataDir };
    description = `local Neo4j on 127.0.0.1:${benchTarget.port} (temp data dir, heap ${target.heap}, page cache ${target.pageCacheMiB} MiB)`;
  } else {
    description = `NEO4J_URI ${target.uri}`;
    console.log(`NEO4J_URI is set: the curated part of ${target.uri} is made equal to data/.`);
  }
  console.log('starting the database...');
  const open = await openDatabase(benchTarget);
  cleanup.add('close the database', () => open.close());

  // The raw side talks to neo4j-driver directly, not through the API's Database class.
  const credentials =
    target.kind === 'remote'
      ? { uri: target.uri, user: target.user, password: target.password }
      : { uri: open.local?.uri ?? '', user: 'neo4j', password: '' };
  const driver = neo4j.driver(
    credentials.uri,
    neo4j.auth.basic(credentials.user, credentials.password),
    { logging: { level: 'error', logger: () => {} } },
  );
  cleanup.add('close the raw driver', () => driver.close());
  const database = target.kind === 'remote' ? target.database : undefined;

  await applySchema(open.db);
  console.log('loading the curated graph from data/...');
  console.log(formatSummary(await seedDatabase(open.db)));
  // As `npm start` does: no statement is planned from the empty graph's statistics.
  await refreshPlannerStatistics(open.db);
  return {
    db: open.db,
    raw: { driver, database },
    connection: { ...credentials, database },
    description,
    neo4jPid: open.local?.pid,
  };
}
