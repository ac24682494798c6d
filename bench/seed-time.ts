// How long reading, validating and loading a dataset takes: `npm run bench:seed -- [--data DIR]... [--runs N]`.
// Each run loads into an empty graph of a local Neo4j of its own (port and temp directory), then
// reloads it unchanged and with one node and one relation in ten edited (the load's change log).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/dataset/load.js';
import { DATA_DIR, readDataset } from '../src/dataset/read-dataset.js';
import type { Dataset } from '../src/dataset/types.js';
import { openDatabase } from '../src/db/open-database.js';
import { namedQuery } from '../src/db/query.js';
import { applySchema } from '../src/model/apply-schema.js';
import { freePort } from '../src/neo4j/free-port.js';
import { Cleanup } from './cleanup.js';

const EMPTY_GRAPH = namedQuery(
  'benchEmptyGraph',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS',
  () => null,
);

const { values } = parseArgs({
  options: {
    data: { type: 'string', multiple: true },
    runs: { type: 'string', default: '3' },
  },
});
const dirs = values.data?.length ? values.data : [DATA_DIR];
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
  console.error('--runs takes a whole number from 1 to 20');
  process.exit(2);
}

/** The dataset with the note of one node and one relation in ten rewritten. */
function editedTenth(dataset: Dataset, run: number): Dataset {
  const note = (i: number, old?: string) => (i % 10 === 0 ? `edited ${run}` : old);
  return {
    sources: dataset.sources,
    nodes: dataset.nodes.map((n, i) => ({ ...n, note: note(i, n.note) })),
    relations: dataset.relations.map((r, i) => ({ ...r, note: note(i, r.note) })),
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;

async function main(cleanup: Cleanup) {
  const dataDir = await mkdtemp(join(tmpdir(), 'solidarity-graph-seed-bench-'));
  cleanup.add('remove temp data dir', () => rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const open = await openDatabase({ kind: 'local', port, dataDir, heap: '1g', pageCacheMiB: 256 });
  cleanup.add('close the database', () => open.close());
  await applySchema(open.db);
  console.log(
    '| data | nodes | relations | read + validate | first load | unchanged reload | reload, 1 in 10 edited |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const dir of dirs) {
    const times: number[][] = [[], [], [], []];
    let counts = { nodes: 0, relations: 0 };
    for (let run = 0; run < runs; run += 1) {
      await open.db.writeInBatches(EMPTY_GRAPH);
      await applySchema(open.db);
      let dataset: Dataset | undefined;
      times[0]?.push(await timed(async () => (dataset = readDataset(dir))));
      if (!dataset) throw new Error(`no dataset read from ${dir}`);
      const read = dataset;
      times[1]?.push(await timed(() => loadDataset(open.db, read)));
      times[2]?.push(await timed(() => loadDataset(open.db, read)));
      times[3]?.push(await timed(() => loadDataset(open.db, editedTenth(read, run))));
      counts = { nodes: read.nodes.length, relations: read.relations.length };
    }
    const medians = times.map((step) => `${median(step).toFixed(0)} ms`).join(' | ');
    console.log(`| ${dir} | ${counts.nodes} | ${counts.relations} | ${medians} |`);
  }
}

const cleanup = new Cleanup();
cleanup.runThenExit(() => main(cleanup));
