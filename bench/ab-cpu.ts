import { type ApiProcess, startApi } from './api.js';
import { Cleanup } from './cleanup.js';
import { openBenchDatabase } from './database.js';
import { runGraphql } from './graphql-load.js';
import { type LoadRun, measureInterleaved } from './measure.js';
import { OPERATIONS } from './operations.js';
import { runRawHttp, startRawHttpServer } from './raw-http.js';
import { loadSettings } from './settings.js';

// `npx tsx bench/ab-cpu.ts A/main.js B/main.js [b d ...]`: two compiled builds of the API (copies
// of dist/, e.g. before and after a change) side by side on one database, cache off, and the raw
// Cypher server, the sides taking turns as in `npm run bench`: CPU per request of each server (and
// of Neo4j while it served that side) and req/s. Same load, same moment, so a change's effect shows on a busy machine too.
// AB_NODE_ARGS_A, AB_NODE_ARGS_B and AB_NODE_ARGS_RAW add node flags to one side (after the API's own,
// so a V8 setting given there wins): one build against itself under two settings.
const cleanup = new Cleanup();

const nodeArgsOf = (side: 'A' | 'B' | 'RAW'): string[] =>
  (process.env[`AB_NODE_ARGS_${side}`] ?? '').split(' ').filter((word) => word !== '');

async function main(): Promise<void> {
  const [entryA, entryB, ...ids] = process.argv.slice(2);
  if (!entryA || !entryB) throw new Error('usage: ab-cpu.ts A/main.js B/main.js [operation ids]');
  const settings = loadSettings();
  const operations = OPERATIONS.filter((op) => ids.length === 0 || ids.includes(op.id));
  const { connection, neo4jPid: startedPid } = await openBenchDatabase(cleanup);
  // With NEO4J_URI, a warm Neo4j of one's own (a fresh one stays cold on a busy machine): its pid
  // in NEO4J_PID gives its CPU too.
  const neo4jPid = process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : startedPid;
  const start = (entry: string, side: 'A' | 'B'): Promise<ApiProcess> =>
    startApi(connection, { responseCache: false, runtime: 'compiled' }, cleanup, {
      entry,
      nodeArgs: nodeArgsOf(side),
    });
  const [a, b] = [await start(entryA, 'A'), await start(entryB, 'B')];
  const raw = await startRawHttpServer(connection, cleanup, nodeArgsOf('RAW'));
  const { connections } = settings;
  for (const operation of operations) {
    const sides: Record<'A' | 'B' | 'raw', LoadRun> = {
      A: { run: (s) => runGraphql(a.url, operation, connections, s), serverPid: a.pid },
      B: { run: (s) => runGraphql(b.url, operation, connections, s), serverPid: b.pid },
      raw: { run: (s) => runRawHttp(raw, operation, connections, s), serverPid: raw.pid },
    };
    const result = await measureInterleaved(operation.id, sides, settings, neo4jPid);
    const line = (['A', 'B', 'raw'] as const)
      .map((side) => {
        const { requests, seconds, cpuPerRequest } = result[side];
        const rate = requests / seconds;
        const neo4j =
          cpuPerRequest.neo4jMs === null ? '' : ` + Neo4j ${cpuPerRequest.neo4jMs.toFixed(2)}`;
        return `${side} ${rate.toFixed(0)} req/s ${cpuPerRequest.nodeMs.toFixed(2)}${neo4j} ms`;
      })
      .join('  |  ');
    const ratio = result.B.cpuPerRequest.nodeMs / result.A.cpuPerRequest.nodeMs;
    console.log(`${operation.id}. ${operation.name}: ${line}  |  CPU B/A ${ratio.toFixed(2)}`);
  }
}

cleanup.runThenExit(main);
