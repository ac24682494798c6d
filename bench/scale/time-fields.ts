// `tsx bench/scale/time-fields.ts [--load 100000] [--runs 30] [--only name]`: p50/p99 of the slow
// research fields of issue 25 through the app (in process, concurrency 1), on the database of
// NEO4J_URI. `--load` first applies the schema, seeds data/ and adds a synthetic graph of that many
// edges (bench/scale/synthetic-graph.ts); never use it on a database you only may read.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/open-database.js';
import { createApp } from '../../src/yoga.js';
import { shapeOf } from './synthetic-graph.js';

const { values } = parseArgs({
  options: {
    load: { type: 'string' },
    runs: { type: 'string', default: '30' },
    only: { type: 'string' },
    edges: { type: 'string', default: '100000' },
    // Apply cypher/schema.cypher first (new indexes), without loading anything.
    'apply-schema': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);

async function load(edges: number, open: Awaited<ReturnType<typeof openDatabase>>) {
  const { applySchema } = await import('../../src/model/apply-schema.js');
  const { seedDatabase } = await import('../../src/dataset/seed-database.js');
  const { loadSyntheticGraph } = await import('./synthetic-graph.js');
  const { refreshPlannerStatistics } = await import('../../src/db/planner-statistics.js');
  await applySchema(open.db);
  await seedDatabase(open.db);
  await loadSyntheticGraph(open.db, edges);
  await refreshPlannerStatistics(open.db);
}

/** The operations of the table, on the synthetic graph's two biggest hubs. */
function operations(edges: number): { name: string; query: string }[] {
  const hubs = shapeOf(edges).hubs.map((hub) => hub.key);
  const [hub, hub2] = hubs;
  const biggest = JSON.stringify(hubs.slice(0, 50));
  return [
    {
      name: 'evolution 2010',
      query: '{ evolution(from: 2010, to: 2010) { year change relation { id } } }',
    },
    {
      name: 'evolutionPage 2010 first 20 + totalCount',
      query:
        '{ evolutionPage(from: 2010, to: 2010, first: 20) { totalCount edges { cursor node { year change relation { id } } } } }',
    },
    {
      name: 'disputedFacts first 20 + totalCount',
      query:
        '{ disputedFacts(first: 20) { totalCount facts { kind relation { id } entity { key } } } }',
    },
    {
      name: 'subgraph 50 biggest bodies depth 1 limit 2000',
      query: `{ subgraph(keys: ${biggest}, depth: 1, limit: 2000) { nodes { key } edges { id } } }`,
    },
    {
      name: 'commonMembers hub hub2',
      query: `{ commonMembers(keys: ["${hub}", "${hub2}"]) { key } }`,
    },
    {
      name: 'commonMembersPage hub hub2 first 20 + totalCount',
      query: `{ commonMembersPage(keys: ["${hub}", "${hub2}"], first: 20) { totalCount edges { node { key } } } }`,
    },
    {
      name: 'actors text economie + totalCount',
      query: '{ actors(filter: {text: "economie"}) { totalCount edges { node { key } } } }',
    },
    {
      name: 'hub members activeAt 2010 + totalCount',
      query: `{ actor(key: "${hub}") { members(activeAt: 2010) { totalCount edges { node { key } } } } }`,
    },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function main() {
  const open = await openDatabase(loadConfig().database);
  if (values.load) await load(Number(values.load), open);
  else if (values['apply-schema']) {
    const { applySchema } = await import('../../src/model/apply-schema.js');
    await applySchema(open.db);
  }
  const app = createApp({ db: open.db });
  const edges = Number(values.load ?? values.edges);
  for (const op of operations(edges)) {
    if (values.only && !op.name.includes(values.only)) continue;
    const samples: number[] = [];
    let answer = '';
    for (let run = -2; run < RUNS; run += 1) {
      const started = performance.now();
      const response = await app.fetch('http://time/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.query }),
      });
      answer = await response.text();
      if (run >= 0) samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const error = answer.includes('"errors"') ? ` ERROR ${answer.slice(0, 300)}` : '';
    console.log(
      `${op.name}: p50 ${percentile(samples, 50).toFixed(0)} ms, p99 ${percentile(samples, 99).toFixed(0)} ms, ${(answer.length / 1024).toFixed(1)} KB, load ${os.loadavg()[0]?.toFixed(2)}${error}`,
    );
  }
  await open.close();
}

await main();
