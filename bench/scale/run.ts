import os from 'node:os';
import { parseArgs } from 'node:util';
import { createToken, revokeToken } from '../../src/auth/tokens.js';
import type { Database } from '../../src/db/database.js';
import { graphChanged } from '../../src/db/graph-changes.js';
import { refreshPlannerStatistics } from '../../src/db/planner-statistics.js';
import { warmSlowPlans } from '../../src/export/warm-plans.js';
import { createApp } from '../../src/yoga.js';
import { Cleanup } from '../cleanup.js';
import { openBenchDatabase } from '../database.js';
import { writeDocSection } from '../doc.js';
import { percentile } from '../stats.js';
import { missingWorstCases, publishedSchema } from './schema-coverage.js';
import {
  loadSyntheticGraph,
  removeSyntheticGraph,
  SYNTHETIC_PREFIX,
  type SyntheticShape,
  shapeOf,
  syntheticActorCount,
} from './synthetic-graph.js';
import { findTargets, type WorstCase, worstCases } from './worst-cases.js';

// `npm run bench:scale [-- --edges 1000000] [-- --runs 30] [-- --budget 60]`: every root field at
// its worst cases (bench/scale/worst-cases.ts) on the curated graph, then on a synthetic graph of
// that many edges, one request at a time.
const { values } = parseArgs({
  options: {
    edges: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '30' },
    // Seconds of timed runs per case: a slow case stops after MIN_RUNS once it is spent.
    budget: { type: 'string', default: '60' },
    // Keep the synthetic graph afterwards, and reuse one of the same size (with NEO4J_URI).
    keep: { type: 'boolean', default: false },
    // Only the cases whose name holds this text (the docs table is then left as it is).
    only: { type: 'string' },
  },
});
const EDGES = Number(values.edges);
const RUNS = Number(values.runs);
const BUDGET_MS = Number(values.budget) * 1000;
const MIN_RUNS = 5;
const cleanup = new Cleanup();

interface Latency {
  name: string;
  p50: number;
  p99: number;
  runs: number;
  answer: string;
  /** Why the case could not be timed (its first error), so one failure does not hide the rest. */
  failed?: string;
}

type App = ReturnType<typeof createApp>;

/** The API and a curator's token for the cases that need one. */
interface Client {
  app: App;
  token: string;
}

async function timeOnce(
  client: Client,
  worstCase: WorstCase,
): Promise<{ ms: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (worstCase.curator) headers.authorization = `Bearer ${client.token}`;
  // The answers `stats` keeps for a few seconds are dropped, as a write drops them.
  if (worstCase.uncached) graphChanged();
  const started = performance.now();
  const response = await client.app.fetch('http://bench/graphql', {
    method: 'POST',
    headers,
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

/** Concurrency 1: two unreported runs, then `RUNS` timed ones (fewer past the budget). */
async function measureAll(client: Client, cases: WorstCase[]): Promise<Latency[]> {
  const results: Latency[] = [];
  for (const worstCase of cases) {
    const samples: number[] = [];
    let first: { text: string };
    try {
      first = await timeOnce(client, worstCase);
      await timeOnce(client, worstCase);
      const started = performance.now();
      while (samples.length < RUNS) {
        if (samples.length >= MIN_RUNS && performance.now() - started > BUDGET_MS) break;
        samples.push((await timeOnce(client, worstCase)).ms);
      }
    } catch (error) {
      const failed = String(error instanceof Error ? error.message : error).slice(0, 300);
      console.log(`  ${worstCase.name}: FAILED ${failed}`);
      results.push({
        name: worstCase.name,
        p50: Number.NaN,
        p99: Number.NaN,
        runs: 0,
        answer: '',
        failed,
      });
      continue;
    }
    samples.sort((a, b) => a - b);
    const latency = {
      name: worstCase.name,
      p50: percentile(samples, 50),
      p99: percentile(samples, 99),
      runs: samples.length,
      answer: `${(first.text.length / 1024).toFixed(1)} KB`,
    };
    console.log(
      `  ${latency.name}: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms (${latency.runs} runs)`,
    );
    results.push(latency);
  }
  return results;
}

/** The error code of a failed case's answer, or its first words. */
function failedCode(message: string): string {
  return /"code":"([A-Z_]+)"/.exec(message)?.[1] ?? message.slice(0, 60);
}

function table(curated: Latency[], scaled: Latency[]): string {
  const rows = scaled.map((s, index) => {
    const c = curated[index];
    if (s.failed)
      return `| ${s.name} | ${c?.p50.toFixed(1) ?? 'n/a'} | failed: ${failedCode(s.failed)} | | | | |`;
    const ratio = c ? (s.p50 / c.p50).toFixed(1) : 'n/a';
    return `| ${s.name} | ${c?.p50.toFixed(1) ?? 'n/a'} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.runs} | ${ratio}× | ${s.answer} |`;
  });
  return [
    `| root field: worst case | curated p50 ms | ${EDGES.toLocaleString('en')} edges p50 ms | p99 ms | runs | p50 ratio | answer size |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function warmPlans(db: Database): Promise<void> {
  return warmSlowPlans(db).then(
    (ms) => console.log(`query plans warmed in ${(ms / 1000).toFixed(1)} s`),
    (error: unknown) => console.warn(`could not warm the query plans: ${String(error)}`),
  );
}

/** A curator's token for the fields that need one, revoked when the run ends. */
async function curatorToken(db: Database): Promise<string> {
  // A revoked token keeps its name: each run takes a new one.
  const name = `bench-scale-${Date.now()}`;
  const token = await createToken(db, name, 'curator');
  cleanup.add('revoke the curator token', () => revokeToken(db, name).then(() => undefined));
  return token;
}

async function main(): Promise<void> {
  const schema = publishedSchema();
  const check = (cases: WorstCase[]) => {
    const missing = missingWorstCases(schema, cases);
    if (missing.length > 0) throw new Error(`worst cases missing:\n${missing.join('\n')}`);
    return cases.filter((c) => !values.only || c.name.includes(values.only));
  };
  const { db, description } = await openBenchDatabase(cleanup);
  const client = { app: createApp({ db }), token: await curatorToken(db) };
  await warmPlans(db);
  console.log('curated graph, worst cases:');
  const curated = await measureAll(
    client,
    check(worstCases(schema, await findTargets(db, 'curated'))),
  );
  const shape = await syntheticGraph(db);
  // Written without a graph version: the answers kept per version (common members' counts) go.
  graphChanged();
  // The synthetic graph changes the statistics every plan was made from.
  await refreshPlannerStatistics(db);
  await warmPlans(db);
  console.log('synthetic graph, worst cases:');
  const scaled = await measureAll(
    client,
    check(worstCases(schema, await findTargets(db, 'synthetic'))),
  );
  const body = [
    `### Scale: \`npm run bench:scale -- --edges ${EDGES}\``,
    '',
    `Run ${new Date().toISOString()} on Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg()[0]?.toFixed(2)} at the end; ${description}.`,
    `Synthetic graph: ${shape.actors.toLocaleString('en')} actors and ${EDGES.toLocaleString('en')} relationships with the model's labels, types and properties (marked \`synthetic: true\`, keys \`${SYNTHETIC_PREFIX}*\`), ${shape.hubs.length} power-law hubs (the biggest has ${shape.hubs[0]?.members.toLocaleString('en')} members), on top of the curated graph. In-process requests (\`app.fetch\`), concurrency 1, ${RUNS} timed runs after 2 unreported ones (at least ${Math.min(RUNS, MIN_RUNS)}, fewer once a case has taken ${BUDGET_MS / 1000} s); cases from the schema's fields (\`bench/scale/worst-cases.ts\`: every root field lean and with every field, every argument).`,
    '',
    table(curated, scaled),
  ].join('\n');
  console.log(`\n${body}\n`);
  if (!values.only) console.log(`written to ${await writeDocSection('scale', body)}`);
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
