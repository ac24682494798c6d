import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../../src/db/database.js';
import { FORMATS, type FormatName } from '../../src/export/formats.js';
import { startExport } from '../../src/export/run-export.js';
import { writeExport } from '../../src/export/write-file.js';
import { createApp } from '../../src/yoga.js';
import { Cleanup } from '../cleanup.js';
import { openBenchDatabase } from '../database.js';
import { writeDocSection } from '../doc.js';
import { loadSyntheticGraph, removeSyntheticGraph } from '../scale/synthetic-graph.js';

// `npm run bench:export [-- --edges 10000,100000]`: whole-graph exports of synthetic graphs of each
// size, over HTTP (in-process) and to a file as `npm run export --out` writes it, with the peak
// heap and RSS above the level before each export. Needs --expose-gc (the npm script passes it).
const { values } = parseArgs({
  options: { edges: { type: 'string', default: '10000,100000' } },
});
const SIZES = (values.edges ?? '').split(',').map(Number);
const MIB = 1024 * 1024;
/** The npm script's --max-old-space-size (read, so it has one home): an export needing more fails. */
const OLD_SPACE_MIB = Number(
  process.execArgv.find((arg) => arg.startsWith('--max-old-space-size='))?.split('=')[1] ??
    Number.NaN,
);
const cleanup = new Cleanup();

interface Measure {
  graph: string;
  way: string;
  format: FormatName;
  nodes: number;
  edges: number;
  bytes: number;
  seconds: number;
  liveMiB: number;
  heapMiB: number;
  rssMiB: number;
}

/**
 * Growth above a collected baseline while `work` runs: heap and RSS sampled every 10 ms (garbage
 * included), and the live heap, after a forced GC every 250 ms (what the export really holds).
 */
async function peakGrowth<T>(work: () => Promise<T>) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc (npm run bench:export does)');
  gc();
  const base = process.memoryUsage();
  let heap = base.heapUsed;
  let rss = base.rss;
  let live = base.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const collect = () => {
    gc();
    live = Math.max(live, process.memoryUsage().heapUsed);
  };
  const timers = [setInterval(sample, 10), setInterval(collect, 250)];
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      liveMiB: (live - base.heapUsed) / MIB,
      heapMiB: (heap - base.heapUsed) / MIB,
      rssMiB: (rss - base.rss) / MIB,
    };
  } finally {
    for (const timer of timers) clearInterval(timer);
  }
}

async function overHttp(app: ReturnType<typeof createApp>, format: FormatName) {
  const response = await app.fetch(`http://bench/export/${FORMATS[format].fileName}`);
  if (!response.ok || !response.body) throw new Error(`${format}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
  }
  return bytes;
}

async function toFile(db: Database, format: FormatName, dir: string) {
  const out = join(dir, FORMATS[format].fileName);
  const stream = await startExport(db, format, {
    keys: null,
    depth: 1,
    types: null,
    activeAt: null,
  });
  await writeExport(stream.body, out, process.stdout);
  const { size } = await stat(out);
  await rm(out);
  return { bytes: size, written: stream.written };
}

async function counts(db: Database) {
  const [row] = await db.read(
    `MATCH (n:Entity) WITH count(n) AS nodes
     OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS edges`,
  );
  return { nodes: Number(row?.nodes), edges: Number(row?.edges) };
}

function table(measures: Measure[]): string {
  const rows = measures.map(
    (m) =>
      `| ${m.graph} | ${m.way} | ${m.format} | ${(m.bytes / MIB).toFixed(1)} | ${m.seconds.toFixed(1)} | ${(m.bytes / MIB / m.seconds).toFixed(1)} | ${m.liveMiB.toFixed(1)} | ${m.heapMiB.toFixed(1)} | ${m.rssMiB.toFixed(1)} |`,
  );
  return [
    '| graph (nodes / edges) | to | format | file MiB | s | MiB/s | live heap growth MiB | heap growth MiB (with garbage) | RSS growth MiB |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** The bound the docs state: the largest growth seen, per graph size. */
function summary(measures: Measure[]): string {
  const graphs = [...new Set(measures.map((m) => m.graph))];
  const worst = graphs.map((graph) => {
    const of = measures.filter((m) => m.graph === graph);
    const live = Math.max(...of.map((m) => m.liveMiB));
    const rss = Math.max(...of.map((m) => m.rssMiB));
    return `${graph}: ${live.toFixed(1)} MiB of live heap, ${rss.toFixed(0)} MiB of RSS`;
  });
  return `Largest growth over all formats, by graph (nodes / edges): ${worst.join('; ')}. The process runs with its old space capped at ${OLD_SPACE_MIB} MiB (\`--max-old-space-size\`, set by the npm script), so an export that held the graph in memory would fail here.`;
}

async function main(): Promise<void> {
  const { db, description } = await openBenchDatabase(cleanup);
  const app = createApp({ db });
  const dir = await mkdtemp(join(os.tmpdir(), 'bench-export-'));
  cleanup.add('remove the export dir', () => rm(dir, { recursive: true, force: true }));
  const measures: Measure[] = [];
  for (const size of SIZES) {
    await removeSyntheticGraph(db);
    console.log(`loading a synthetic graph of ${size} relationships...`);
    await loadSyntheticGraph(db, size);
    const total = await counts(db);
    const graph = `${total.nodes.toLocaleString('en')} / ${total.edges.toLocaleString('en')}`;
    for (const format of Object.keys(FORMATS) as FormatName[]) {
      const http = await peakGrowth(() => overHttp(app, format));
      measures.push({ graph, way: 'HTTP', format, ...total, bytes: http.result, ...http });
      console.log(table(measures.slice(-1)).split('\n')[2]);
    }
    for (const format of ['gexf', 'edges-csv'] as FormatName[]) {
      const file = await peakGrowth(() => toFile(db, format, dir));
      const { written } = file.result;
      const expected = format === 'gexf' ? total : { nodes: 0, edges: total.edges };
      if (written.nodes !== expected.nodes || written.edges !== expected.edges) {
        throw new Error(
          `${format}: wrote ${JSON.stringify(written)}, expected ${JSON.stringify(expected)}`,
        );
      }
      measures.push({ graph, way: 'file', format, ...total, bytes: file.result.bytes, ...file });
      console.log(table(measures.slice(-1)).split('\n')[2]);
    }
  }
  await removeSyntheticGraph(db);
  const body = [
    '## Streamed exports: memory whatever the graph size (`npm run bench:export`)',
    '',
    `Run ${new Date().toISOString()} on Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(2)} at the end; ${description}.`,
    `Whole-graph exports of synthetic graphs (\`bench/scale/synthetic-graph.ts\`, on top of the curated graph), pages of 1,000 nodes or relationships; "HTTP" reads \`GET /export/<file>\` in-process, "file" writes as \`npm run export --out\` does. Growth is the peak above the level measured after a forced GC before each export: the live heap after a forced GC every 250 ms (what the export holds), the heap and RSS every 10 ms (garbage not yet collected included, which V8 lets grow with the allocation rate); the Neo4j process is not counted.`,
    '',
    table(measures),
    '',
    summary(measures),
  ].join('\n');
  console.log(`\n${body}\n`);
  console.log(`written to ${await writeDocSection('export', body)}`);
}

cleanup.runThenExit(main);
