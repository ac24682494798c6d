// `npx tsx scripts/measure-seed.ts [rounds]`: how long loading data/ takes, on a Neo4j of its own
// (a temp local one, or NEO4J_URI, whose graph it empties). Prints the median of each step:
// the first seed (every fact new), a reload that changes nothing, and a reload of one fact in ten.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { loadDataset } from '../src/dataset/load.js';
import { readDataset } from '../src/dataset/read-dataset.js';
import type { Dataset } from '../src/dataset/types.js';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open-database.js';
import { applySchema } from '../src/model/apply-schema.js';
import { freePort } from '../src/neo4j/free-port.js';

const rounds = Number(process.argv[2] ?? 3);

/** data/ with the note of one node and one relation in ten rewritten. */
function editedTenth(dataset: Dataset, round: number): Dataset {
  const note = (i: number, old?: string) => (i % 10 === 0 ? `edited ${round}` : old);
  return {
    sources: dataset.sources,
    nodes: dataset.nodes.map((n, i) => ({ ...n, note: note(i, n.note) })),
    relations: dataset.relations.map((r, i) => ({ ...r, note: note(i, r.note) })),
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
}

async function measure(db: Database): Promise<Record<string, number>> {
  const dataset = readDataset();
  const steps: Record<string, number[]> = { firstSeed: [], unchangedReload: [], tenthReload: [] };
  for (let round = 0; round < rounds; round += 1) {
    await db.write('MATCH (n) DETACH DELETE n');
    await applySchema(db);
    steps.firstSeed?.push(await timed(() => loadDataset(db, dataset)));
    steps.unchangedReload?.push(await timed(() => loadDataset(db, dataset)));
    steps.tenthReload?.push(await timed(() => loadDataset(db, editedTenth(dataset, round))));
  }
  return Object.fromEntries(Object.entries(steps).map(([step, ms]) => [`${step}Ms`, median(ms)]));
}

const target = loadConfig().database;
const dataDir = target.kind === 'local' ? await mkdtemp(join(tmpdir(), 'sg-seed-')) : undefined;
const open = await openDatabase(
  target.kind === 'local' && dataDir ? { ...target, port: await freePort(), dataDir } : target,
);
try {
  const dataset = readDataset();
  console.log(
    `data/: ${dataset.nodes.length} nodes, ${dataset.relations.length} relations, ${dataset.sources.length} sources; ${rounds} rounds`,
  );
  console.log(JSON.stringify(await measure(open.db)));
} finally {
  await open.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
