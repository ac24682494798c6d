import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Cleanup } from '../bench/cleanup.js';
import { loadConfig } from '../src/config.js';
import { warmUntilDone } from '../src/db/warm-readiness.js';
import { warmSlowPlans } from '../src/export/warm-plans.js';
import { listen } from '../src/server.js';
import { createApp } from '../src/yoga.js';
import { type FuzzOutage, fuzzPassed, type PhaseReport, runFuzz } from './fuzz-run.js';
import { httpSender } from './fuzz-send.js';
import { graphHash } from './graph-hash.js';
import { commandLine, intOption, runReliabilityScript } from './script.js';

// `npm run fuzz [-- --count 10000 --seed 1 --outage-seconds 15]`: hostile requests over HTTP
// against a real Neo4j, which is stopped (SIGSTOP) for a while once 30 % of them were sent.
const { count, seed, outageSeconds } = commandLine(() => {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'outage-seconds': { type: 'string', default: '15' },
    },
  });
  return {
    count: intOption(values.count, 'count', 1, 10_000_000),
    seed: intOption(values.seed, 'seed', 0, 2 ** 32 - 1),
    outageSeconds: intOption(values['outage-seconds'], 'outage-seconds', 0, 600),
  };
});

// The margin: the slowest request with the database up ends 20 % before the deadline.
const SLOWEST_SHARE_OF_DEADLINE = 0.8;

/** Stops and resumes the local Neo4j the script started; an outside NEO4J_URI is never touched. */
function outageOf(neo4jPid: number | undefined, cleanup: Cleanup): FuzzOutage | undefined {
  if (neo4jPid === undefined || outageSeconds === 0) return undefined;
  const signal = (name: NodeJS.Signals) => () => process.kill(neo4jPid, name);
  // Ctrl-C during the outage must not leave a stopped JVM behind.
  cleanup.add('resume the database', () => {
    try {
      process.kill(neo4jPid, 'SIGCONT');
    } catch {}
  });
  return {
    afterRequests: Math.floor(count * 0.3),
    durationMs: outageSeconds * 1_000,
    stop: signal('SIGSTOP'),
    resume: signal('SIGCONT'),
  };
}

function printPhase(name: string, phase: PhaseReport, deadlineMs: number): void {
  console.log(`${name}: ${phase.requests} requests; statuses ${JSON.stringify(phase.byStatus)}`);
  console.log(`  status >= 500: ${phase.serverErrors.length + phase.unavailable.length}`);
  console.log(
    `    of which 503 DATABASE_UNAVAILABLE/QUERY_TIMEOUT with Retry-After: ${phase.unavailable.length}; other: ${phase.serverErrors.length}`,
  );
  if (phase.unavailable.length > 0) {
    const times = phase.unavailable.map((answer) => answer.startedAtS);
    console.log(
      `    sent between ${Math.min(...times).toFixed(1)} s and ${Math.max(...times).toFixed(1)} s of the run`,
    );
  }
  if (phase.notReady > 0) console.log(`  /ready answered 503 (not ready): ${phase.notReady}`);
  console.log(`  unmasked details (stack, file path, library name): ${phase.unmasked.length}`);
  const margin = Math.round((1 - phase.slowestMs / deadlineMs) * 100);
  console.log(
    `  over the deadline + 1 s: ${phase.overDeadline.length}; slowest ${Math.round(phase.slowestMs)} ms (${phase.slowestKind}), ${margin} % under the ${deadlineMs} ms deadline`,
  );
  console.log(`  the slowest sent: ${phase.slowestSent}`);
  for (const failure of [...phase.serverErrors, ...phase.unmasked].slice(0, 5))
    console.log(failure);
}

runReliabilityScript(async ({ db, neo4jPid }, cleanup) => {
  const serving = { ...loadConfig().serving, rateLimitPerMinute: 0 };
  // As `npm start` does before /ready says 200: cold, the first subgraphs plan for seconds each.
  await warmUntilDone(() => warmSlowPlans(db));
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
    outage: outageOf(neo4jPid, cleanup),
  });
  const after = await graphHash(db);
  const seconds = (performance.now() - started) / 1000;
  const deadlineMs = serving.requestTimeoutMs;
  console.log(`${report.requests} requests (seed ${report.seed}) in ${seconds.toFixed(1)} s`);
  console.log('kinds:', JSON.stringify(report.byKind));
  printPhase('database up', report.up, deadlineMs);
  if (report.stoppedMs === undefined)
    console.log('no database outage (--outage-seconds 0 or NEO4J_URI)');
  else
    printPhase(
      `database stopped for ${(report.stoppedMs / 1000).toFixed(1)} s (from ${report.stoppedAtS?.toFixed(1)} s of the run)`,
      report.outage,
      deadlineMs,
    );
  console.log(`graph hash ${before === after ? 'unchanged' : 'CHANGED'}: ${after.slice(0, 16)}`);
  const slowestOk = report.up.slowestMs <= deadlineMs * SLOWEST_SHARE_OF_DEADLINE;
  if (!slowestOk)
    console.log('FAILED: the slowest request with the database up is not 20 % under the deadline');
  return fuzzPassed(report) && slowestOk && before === after;
});
