// How long reading, validating and loading a dataset takes: `npm run bench:seed -- [--data DIR]... [--runs N]`.
// Each run loads into an empty graph of a fresh local Neo4j (its own port and temp directory).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDataset } from '../src/dataset/load.js';
import { DATA_DIR, readDataset } from '../src/dataset/read-dataset.js';
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
    '| data | nodes | relations | read + validate (median ms) | load into an empty graph (median ms) |',
  );
  console.log('|---|---|---|---|---|');
  for (const dir of dirs) {
    const readTimes: number[] = [];
    const loadTimes: number[] = [];
    let counts = { nodes: 0, relations: 0 };
    for (let run = 0; run < runs; run += 1) {
      await open.db.writeInBatches(EMPTY_GRAPH);
      const started = performance.now();
      const dataset = readDataset(dir);
      const read = performance.now();
      await loadDataset(open.db, dataset);
      loadTimes.push(performance.now() - read);
      readTimes.push(read - started);
      counts = { nodes: dataset.nodes.length, relations: dataset.relations.length };
    }
    console.log(
      `| ${dir} | ${counts.nodes} | ${counts.relations} | ${median(readTimes).toFixed(0)} | ${median(loadTimes).toFixed(0)} |`,
    );
  }
}

const cleanup = new Cleanup();
cleanup.runThenExit(() => main(cleanup));
