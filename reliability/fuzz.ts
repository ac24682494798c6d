import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { listen } from '../src/server.js';
import { createApp } from '../src/yoga.js';
import { fuzzPassed, runFuzz } from './fuzz-run.js';
import { httpSender } from './fuzz-send.js';
import { graphHash } from './graph-hash.js';
import { commandLine, intOption, runReliabilityScript } from './script.js';

// `npm run fuzz [-- --count 10000 --seed 1]`: hostile requests over HTTP against a real Neo4j.
const { count, seed } = commandLine(() => {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
    },
  });
  return {
    count: intOption(values.count, 'count', 1, 10_000_000),
    seed: intOption(values.seed, 'seed', 0, 2 ** 32 - 1),
  };
});

runReliabilityScript(async ({ db }, cleanup) => {
  const serving = { ...loadConfig().serving, rateLimitPerMinute: 0 };
  const before = await graphHash(db);
  const server = await listen(createApp({ db }, serving), 0, '127.0.0.1', serving);
  cleanup.add('stop the API', () => {
    server.close();
    server.closeAllConnections();
  });
  const started = performance.now();
  const report = await runFuzz({
    count,
    seed,
    deadlineMs: serving.requestTimeoutMs + 1_000,
    send: httpSender((server.address() as AddressInfo).port),
  });
  const after = await graphHash(db);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${report.requests} requests (seed ${report.seed}) in ${seconds.toFixed(1)} s`);
  console.log('statuses:', JSON.stringify(report.byStatus));
  console.log('kinds:', JSON.stringify(report.byKind));
  console.log(`status >= 500: ${report.serverErrors.length + report.unavailable.length}`);
  console.log(
    `  of which 503 DATABASE_UNAVAILABLE/QUERY_TIMEOUT with Retry-After (database busy or down): ${report.unavailable.length}`,
  );
  console.log(`unmasked details: ${report.unmasked.length}`);
  console.log(
    `over the deadline: ${report.overDeadline.length} (slowest ${Math.round(report.slowestMs)} ms, ${report.slowestKind}; deadline ${serving.requestTimeoutMs} ms)`,
  );
  console.log(`graph hash ${before === after ? 'unchanged' : 'CHANGED'}: ${after.slice(0, 16)}`);
  for (const failure of [...report.serverErrors, ...report.unmasked].slice(0, 5))
    console.log(failure);
  return fuzzPassed(report) && before === after;
});
