import os from 'node:os';
import { type ApiProcess, startApi } from './api.js';
import { Cleanup } from './cleanup.js';
import { checkCypher, runCypher } from './cypher-load.js';
import { openBenchDatabase, type RawNeo4j } from './database.js';
import { writeDocSection } from './doc.js';
import { checkGraphql, runGraphql } from './graphql-load.js';
import { type LoadRun, measureInterleaved } from './measure.js';
import { type BenchOperation, OPERATIONS } from './operations.js';
import { type DbHits, profileOperation } from './profile.js';
import { checkRawHttp, type RawHttpServer, runRawHttp, startRawHttpServer } from './raw-http.js';
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

/** What the bench talks to: two API processes (cache off / on), the raw HTTP server, the driver. */
interface Targets {
  uncached: ApiProcess;
  cached: ApiProcess;
  rawHttp: RawHttpServer;
  raw: RawNeo4j;
}

interface Sides {
  graphql: LoadRun;
  rawHttp: LoadRun;
  cypher: LoadRun;
  cached: LoadRun;
}

function sidesOf(targets: Targets, operation: BenchOperation, settings: BenchSettings): Sides {
  const { connections } = settings;
  return {
    graphql: {
      run: (seconds) => runGraphql(targets.uncached.url, operation, connections, seconds),
      serverPid: targets.uncached.pid,
    },
    rawHttp: {
      run: (seconds) => runRawHttp(targets.rawHttp, operation, connections, seconds),
      serverPid: targets.rawHttp.pid,
    },
    cypher: { run: (seconds) => runCypher(targets.raw, operation, connections, seconds) },
    cached: {
      run: (seconds) => runGraphql(targets.cached.url, operation, connections, seconds),
      serverPid: targets.cached.pid,
    },
  };
}

/** Every side must return the same answer, without errors, before anything is timed. */
async function checkOperations(targets: Targets) {
  const checks = new Map<string, { answer: string; roundTrips: number; dbHits: DbHits }>();
  for (const operation of OPERATIONS) {
    const label = `${operation.id}. ${operation.name}`;
    const graphql = await checkGraphql(targets.uncached.url, operation);
    const shapes = {
      'GraphQL (cache on)': (await checkGraphql(targets.cached.url, operation)).shape,
      'raw Cypher over HTTP': await checkRawHttp(targets.rawHttp, operation),
      'raw Cypher in process': await checkCypher(targets.raw, operation),
    };
    for (const [side, shape] of Object.entries(shapes)) {
      if (shape !== graphql.shape) {
        throw new Error(`${label}: GraphQL returned "${graphql.shape}" but ${side} "${shape}"`);
      }
    }
    if (graphql.cache !== null) throw new Error(`${label}: the uncached API has its cache on`);
    const repeated = await checkGraphql(targets.cached.url, operation);
    if (repeated.cache !== 'hit') {
      throw new Error(`${label}: a repeated request to the cached API was a ${repeated.cache}`);
    }
    const dbHits = await profileOperation(targets.raw, operation);
    checks.set(operation.id, { answer: graphql.shape, roundTrips: graphql.roundTrips, dbHits });
    console.log(`checked ${label}: ${graphql.shape}`);
  }
  return checks;
}

async function main(): Promise<void> {
  const settings = loadSettings();
  const [loadAverageAtStart = 0] = os.loadavg();
  const { raw, connection, description, neo4jPid } = await openBenchDatabase(cleanup);
  const runtime = settings.apiRuntime;
  const targets: Targets = {
    uncached: await startApi(connection, { responseCache: false, runtime }, cleanup),
    cached: await startApi(connection, { responseCache: true, runtime }, cleanup),
    rawHttp: await startRawHttpServer(connection, cleanup),
    raw,
  };
  const server = await raw.driver.getServerInfo({ database: raw.database });
  console.log(`API at ${targets.uncached.url} (cache off), ${targets.cached.url} (cache on)`);
  const checks = await checkOperations(targets);

  // The JVM and V8 keep compiling for a while: without one pass over everything first, whichever
  // operation is measured first pays for it.
  console.log(`warming up: every operation on every side for ${settings.warmupSeconds} s...`);
  for (const operation of OPERATIONS) {
    for (const side of Object.values(sidesOf(targets, operation, settings))) {
      await side.run(settings.warmupSeconds);
    }
  }

  const results: OperationResult[] = [];
  for (const operation of OPERATIONS) {
    const label = `${operation.id}. ${operation.name}`;
    const { graphql, rawHttp, cypher, cached } = await measureInterleaved(
      label,
      sidesOf(targets, operation, settings),
      settings,
      neo4jPid,
    );
    const check = checks.get(operation.id);
    results.push(
      withRatios({
        id: operation.id,
        name: operation.name,
        answer: check?.answer ?? '',
        roundTrips: { graphql: check?.roundTrips ?? Number.NaN, cypher: 1 },
        dbHits: check?.dbHits ?? { graphql: Number.NaN, cypher: Number.NaN },
        graphql,
        rawHttp,
        cypher,
        cached,
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
    'GraphQL over HTTP (the API as `npm start` runs it, response cache off) against the same answer',
    'as one raw Cypher statement per request behind a bare node:http server (both pay for HTTP and',
    'JSON); `cached` is the API with its response cache on, the same request repeated; `in-process',
    'raw` is the Cypher from neo4j-driver in the bench process, no HTTP. `GQL queries` are the',
    "statements the API ran, `db hits` Neo4j's work under PROFILE, CPU per request of each server.",
    '',
    '```',
    formatReport(report),
    '```',
  ].join('\n');
  console.log(`and to ${await writeDocSection('bench', section)}`);
}

cleanup.runThenExit(main);
