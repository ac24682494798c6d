// How long the start-up warm-up (export/warm-plans.ts) takes on cold plans, the figure issue 19
// asks to keep under 5 s on a quiet machine. Opens the database as `npm start` does (NEO4J_URI, or
// the local Neo4j on NEO4J_LOCAL_PORT / NEO4J_LOCAL_DATA), loads data/ into an empty graph, then
// times `--runs N` warm-ups (default 3), emptying Neo4j's plan cache before each, and prints each
// warm-up read's time per run (planning is most of it). The reads run WARM_CONCURRENCY at a time,
// as at start-up, or `--concurrency N`: their times overlap and add up to more than the warm-up's.
// DEBUG=solidarity-graph:cypher also prints each statement's (a read may run two).
// Usage: npx tsx scripts/warm-plans-time.ts [--runs N] [--concurrency N]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { isGraphEmpty, seedDatabase } from '../src/dataset/seed-database.js';
import { openDatabase } from '../src/db/open-database.js';
import { namedStatement } from '../src/db/query.js';
import { WARM_CONCURRENCY, warmSlowPlans } from '../src/export/warm-plans.js';
import { applySchema } from '../src/model/apply-schema.js';

const CLEAR_PLANS = namedStatement('warmTimeClearPlans', 'CALL db.clearQueryCaches()');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: String(WARM_CONCURRENCY) },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs takes a positive integer');
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
  throw new RangeError('--concurrency takes a positive integer');
}

const open = await openDatabase(loadConfig().database);
try {
  await applySchema(open.db);
  if (await isGraphEmpty(open.db)) await seedDatabase(open.db);
  const seconds: number[] = [];
  const byRead = new Map<string, number[]>();
  for (let run = 0; run < runs; run++) {
    await open.db.write(CLEAR_PLANS);
    const ms = await warmSlowPlans(open.db, {
      concurrency,
      onRead: (name, took) => byRead.set(name, [...(byRead.get(name) ?? []), took]),
    });
    seconds.push(ms / 1000);
  }
  console.log(`warm-up reads, ${concurrency} at a time:`);
  for (const [name, times] of byRead) {
    console.log(`  ${name}: ${times.map((s) => s.toFixed(2)).join(', ')} s`);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  console.log(
    `warm-up on cold plans: ${seconds.map((s) => s.toFixed(1)).join(', ')} s` +
      ` (median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} s, load average ${loadavg()[0]?.toFixed(1)})`,
  );
} finally {
  await open.close();
}
