import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { isGraphEmpty, seedDatabase } from '../src/dataset/seed-database.js';
import { applySchema } from '../src/db/apply-schema.js';
import { openDatabase } from '../src/db/open-database.js';
import { listen } from '../src/server.js';
import { createApp } from '../src/yoga.js';

// `npm run load [-- --connections 200 --seconds 60]`: a realistic mix against a real Neo4j.
const MIX = [
  '{ actor(key: "mes") { key name memberships { edges { since { value } role node { key } } } } }',
  '{ actors(first: 20) { edges { node { key name } } pageInfo { endCursor hasNextPage } } }',
  '{ shortestPath(from: "mes", to: "ripess") { length steps { from { key } type to { key } } } }',
  '{ subgraph(keys: ["mes"], depth: 2) { truncated nodes { id key kind } edges { id source target type } } }',
  '{ search(query: "economie solidaire") { exact score actor { key name } } }',
  '{ sharedAffiliations(keys: ["mes", "labo-ess"]) { key name } }',
  '{ stats { disputedRelations byKind { kind count } } }',
  '{ actor(key: "atlantis") { key } }',
];

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
  },
});

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
function memory(label: string): NodeJS.MemoryUsage {
  global.gc?.();
  const usage = process.memoryUsage();
  console.log(`${label}: heap ${mib(usage.heapUsed)}, rss ${mib(usage.rss)}`);
  return usage;
}

const config = loadConfig();
// Capacity is measured here, not the per-client limiter: every request comes from one address.
const serving = { ...config.serving, rateLimitPerMinute: 0 };
const open = await openDatabase(config.database);
try {
  await applySchema(open.db);
  if (await isGraphEmpty(open.db)) await seedDatabase(open.db);
  const app = createApp({ db: open.db }, serving);
  const server = await listen(app, 0, '127.0.0.1', serving);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // A cold Neo4j plans each query once; that is not what a loaded server spends its time on.
  for (const query of MIX) {
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  }
  const before = memory('memory before');
  const result = await autocannon({
    url,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    // Above the API's own deadline, so that its QUERY_TIMEOUT answers are seen rather than cut.
    timeout: Math.ceil(serving.requestTimeoutMs / 1000) + 5,
    // A GraphQL error comes with status 200: count it as a failure too.
    verifyBody: (body) => !String(body).includes('"errors"'),
    requests: MIX.map((query) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
  const during = memory('memory at the end of the run');
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const after = memory('memory after, idle');
  const non2xx = result.non2xx;
  console.log(
    `${values.connections} connections x ${values.seconds} s: ${result.requests.total} requests, ` +
      `${Math.round(result.requests.average)} req/s`,
  );
  console.log(
    `errors: ${result.errors} (timeouts ${result.timeouts}), non-2xx: ${non2xx}, ` +
      `GraphQL errors: ${result.mismatches}`,
  );
  console.log(
    `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `heap growth after the run: ${mib(after.heapUsed - before.heapUsed)} (peak ${mib(during.heapUsed)})`,
  );
  if (result.errors > 0 || non2xx > 0 || result.mismatches > 0) process.exitCode = 1;
} finally {
  await open.close();
}
