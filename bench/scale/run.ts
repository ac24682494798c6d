import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Database } from '../../src/db/database.js';
import { refreshPlannerStatistics } from '../../src/db/planner-statistics.js';
import { warmSlowPlans } from '../../src/export/warm-plans.js';
import { createApp } from '../../src/yoga.js';
import { Cleanup } from '../cleanup.js';
import { openBenchDatabase } from '../database.js';
import { writeDocSection } from '../doc.js';
import { percentile } from '../stats.js';
import {
  loadSyntheticGraph,
  removeSyntheticGraph,
  SYNTHETIC_PREFIX,
  type SyntheticShape,
  shapeOf,
  syntheticActorCount,
} from './synthetic-graph.js';
import {
  lastMembersCursor,
  syntheticWorstCases,
  type WorstCase,
  worstCases,
} from './worst-cases.js';

// `npm run bench:scale [-- --edges 1000000] [-- --runs 30]`: every root field at its worst case on
// the curated graph, then on a synthetic graph of that many edges, one request at a time.
const { values } = parseArgs({
  options: {
    edges: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '30' },
    // Keep the synthetic graph afterwards, and reuse one of the same size (with NEO4J_URI).
    keep: { type: 'boolean', default: false },
  },
});
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);
const cleanup = new Cleanup();

interface Latency {
  name: string;
  p50: number;
  p99: number;
  answer: string;
}

type App = ReturnType<typeof createApp>;

async function timeOnce(app: App, worstCase: WorstCase): Promise<{ ms: number; text: string }> {
  const started = performance.now();
  const response = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: worstCase.query }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const refused = worstCase.refusal && text.includes(`"code":"${worstCase.refusal}"`);
  if (!refused && (!response.ok || text.includes('"errors"'))) {
    throw new Error(`${worstCase.name}: ${text.slice(0, 400)}`);
  }
  return { ms, text };
}

/** Concurrency 1: two unreported runs, then `RUNS` timed ones. */
async function measureAll(app: App, cases: WorstCase[]): Promise<Latency[]> {
  const results: Latency[] = [];
  for (const worstCase of cases) {
    const first = await timeOnce(app, worstCase);
    await timeOnce(app, worstCase);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run += 1) samples.push((await timeOnce(app, worstCase)).ms);
    samples.sort((a, b) => a - b);
    const latency = {
      name: worstCase.name,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
      answer: `${(first.text.length / 1024).toFixed(1)} KB`,
    };
    console.log(
      `  ${latency.name}: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms`,
    );
    results.push(latency);
  }
  return results;
}

/** The curated graph's own worst cases: its biggest body and its last actor. */
async function curatedWorstCases(db: Database): Promise<WorstCase[]> {
  const [hub] = await db.read(
    `MATCH (n:Actor) WHERE NOT n.key STARTS WITH $prefix
     RETURN n.key AS key, COUNT { (n)<-[:MEMBER_OF]-() } AS members ORDER BY members DESC LIMIT 1`,
    { prefix: SYNTHETIC_PREFIX },
  );
  const [last] = await db.read('MATCH (n:Actor) RETURN max(n.key) AS key');
  const hubKey = String(hub?.key);
  return worstCases(hubKey, await lastMembersCursor(db, hubKey), String(last?.key));
}

function table(curated: Latency[], scaled: Latency[]): string {
  const rows = scaled.map((s, index) => {
    const c = curated[index];
    const ratio = c ? (s.p50 / c.p50).toFixed(1) : 'n/a';
    return `| ${s.name} | ${c?.p50.toFixed(1) ?? 'n/a'} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${ratio}× | ${s.answer} |`;
  });
  return [
    `| root field at its worst case | curated p50 ms | ${EDGES.toLocaleString('en')} edges p50 ms | p99 ms | p50 ratio | answer size |`,
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function warmPlans(db: Database): Promise<void> {
  return warmSlowPlans(db).then(
    (ms) => console.log(`query plans warmed in ${(ms / 1000).toFixed(1)} s`),
    (error: unknown) => console.warn(`could not warm the query plans: ${String(error)}`),
  );
}

async function main(): Promise<void> {
  const { db, description } = await openBenchDatabase(cleanup);
  const app = createApp({ db });
  await warmPlans(db);
  console.log('curated graph, worst cases:');
  const curated = await measureAll(app, await curatedWorstCases(db));
  const shape = await syntheticGraph(db);
  // The synthetic graph changes the statistics every plan was made from.
  await refreshPlannerStatistics(db);
  await warmPlans(db);
  console.log('synthetic graph, worst cases:');
  const scaled = await measureAll(app, await syntheticWorstCases(db, shape));
  const body = [
    `### Scale: \`npm run bench:scale -- --edges ${EDGES}\``,
    '',
    `Run ${new Date().toISOString()} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]?.toFixed(2)} at the end; ${description}.`,
    `Synthetic graph: ${shape.actors.toLocaleString('en')} actors and ${EDGES.toLocaleString('en')} relationships with the model's labels, types and properties (marked \`synthetic: true\`, keys \`${SYNTHETIC_PREFIX}*\`), ${shape.hubs.length} power-law hubs (the biggest has ${shape.hubs[0]?.members.toLocaleString('en')} members), on top of the curated graph. In-process requests (\`app.fetch\`), concurrency 1, ${RUNS} timed runs after 2 unreported ones.`,
    '',
    table(curated, scaled),
  ].join('\n');
  console.log(`\n${body}\n`);
  console.log(`written to ${await writeDocSection('scale', body)}`);
  if (!values.keep) await removeSyntheticGraph(db);
}

/** Loads the synthetic graph, or with `--keep` reuses one of the same shape left by a run. */
async function syntheticGraph(db: Database): Promise<SyntheticShape> {
  const wanted = shapeOf(EDGES);
  if (values.keep && (await syntheticActorCount(db)) === wanted.actors) {
    console.log(`reusing the synthetic graph of ${EDGES} relationships left by --keep`);
    return wanted;
  }
  await removeSyntheticGraph(db);
  console.log(`loading a synthetic graph of ${EDGES} relationships...`);
  const loadStarted = performance.now();
  const shape = await loadSyntheticGraph(db, EDGES);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(
    `loaded in ${loadSeconds.toFixed(0)} s; biggest hub ${shape.hubs[0]?.members} members`,
  );
  return shape;
}

cleanup.runThenExit(main);
