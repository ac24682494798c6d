import os from 'node:os';
import { startApi } from './api.js';
import { Cleanup } from './cleanup.js';
import { checkCypher, runCypher } from './cypher-load.js';
import { openBenchDatabase, type RawNeo4j } from './database.js';
import { writeDocSection } from './doc.js';
import { checkGraphql, runGraphql } from './graphql-load.js';
import { type LoadRun, measure } from './measure.js';
import { type BenchOperation, OPERATIONS } from './operations.js';
import { type DbHits, profileOperation } from './profile.js';
import {
  type BenchReport,
  formatReport,
  machineFacts,
  type OperationResult,
  withRatios,
  writeReport,
} from './report.js';
import { type BenchSettings, loadSettings } from './settings.js';

const cleanup = new Cleanup();

interface Sides {
  graphql: LoadRun;
  cypher: LoadRun;
}

function sidesOf(
  url: string,
  raw: RawNeo4j,
  operation: BenchOperation,
  settings: BenchSettings,
): Sides {
  return {
    graphql: (seconds) => runGraphql(url, operation, settings.connections, seconds),
    cypher: (seconds) => runCypher(raw, operation, settings.connections, seconds),
  };
}

/** Both sides must return the same answer, without errors, before anything is timed. */
async function checkOperations(url: string, raw: RawNeo4j) {
  const checks = new Map<string, { answer: string; roundTrips: number; dbHits: DbHits }>();
  for (const operation of OPERATIONS) {
    const graphql = await checkGraphql(url, operation);
    const cypher = await checkCypher(raw, operation);
    if (graphql.shape !== cypher) {
      throw new Error(
        `${operation.id}. ${operation.name}: GraphQL returned "${graphql.shape}" but raw Cypher "${cypher}"`,
      );
    }
    const dbHits = await profileOperation(raw, operation);
    checks.set(operation.id, { answer: cypher, roundTrips: graphql.roundTrips, dbHits });
    console.log(`checked ${operation.id}. ${operation.name}: ${cypher}`);
  }
  return checks;
}

async function main(): Promise<void> {
  const settings = loadSettings();
  const [loadAverageAtStart = 0] = os.loadavg();
  const { db, raw, description, neo4jPid } = await openBenchDatabase(cleanup);
  const url = await startApi(db, cleanup);
  const server = await raw.driver.getServerInfo({ database: raw.database });
  console.log(`API at ${url}`);
  const checks = await checkOperations(url, raw);

  // The JVM and V8 keep compiling for a while: without one pass over everything first, whichever
  // operation is measured first pays for it.
  console.log(`warming up: every operation on both sides for ${settings.warmupSeconds} s...`);
  for (const operation of OPERATIONS) {
    const sides = sidesOf(url, raw, operation, settings);
    await sides.graphql(settings.warmupSeconds);
    await sides.cypher(settings.warmupSeconds);
  }

  const results: OperationResult[] = [];
  for (const operation of OPERATIONS) {
    const label = `${operation.id}. ${operation.name}`;
    const sides = sidesOf(url, raw, operation, settings);
    const graphql = await measure(`${label} (GraphQL)`, sides.graphql, settings, neo4jPid);
    const cypher = await measure(`${label} (raw Cypher)`, sides.cypher, settings, neo4jPid);
    const check = checks.get(operation.id);
    results.push(
      withRatios({
        id: operation.id,
        name: operation.name,
        answer: check?.answer ?? '',
        roundTrips: { graphql: check?.roundTrips ?? Number.NaN, cypher: 1 },
        dbHits: check?.dbHits ?? { graphql: Number.NaN, cypher: Number.NaN },
        graphql,
        cypher,
      }),
    );
  }

  const report: BenchReport = {
    finishedAt: new Date().toISOString(),
    machine: machineFacts(server.agent ?? 'Neo4j', loadAverageAtStart),
    settings,
    database: description,
    operations: results,
  };
  console.log(`\n${formatReport(report)}\n`);
  console.log(`results written to ${await writeReport(report)}`);
  const section = [
    '### Latest `npm run bench`',
    '',
    'GraphQL over HTTP against the same answer as one raw Cypher statement per request (driver in',
    "process); `GQL queries` are the statements the API ran, `db hits` Neo4j's work under PROFILE.",
    '',
    '```',
    formatReport(report),
    '```',
  ].join('\n');
  console.log(`and to ${await writeDocSection('bench', section)}`);
}

cleanup.runThenExit(main);
