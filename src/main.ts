import type { Server } from 'node:http';
import { loadConfig } from './config.js';
import { formatSummary } from './dataset/load.js';
import { isGraphEmpty, seedDatabase } from './dataset/seed-database.js';
import { startHealthMonitor } from './db/health.js';
import { type OpenDatabase, openDatabase } from './db/open-database.js';
import { refreshPlannerStatistics } from './db/planner-statistics.js';
import { readyAfter, warmUntilDone } from './db/warm-readiness.js';
import { describeStartupError } from './errors.js';
import { warmSlowPlans } from './export/warm-plans.js';
import { applySchema } from './model/apply-schema.js';
import { type Supervisor, superviseLocalNeo4j } from './neo4j/supervise.js';
import { guardUnhandledRejections } from './process/guard.js';
import { listen } from './server.js';
import { createApp } from './yoga.js';

let open: OpenDatabase | undefined;
let server: Server | undefined;
let supervisor: Supervisor | undefined;

async function shutdown(): Promise<void> {
  if (server) {
    const closing = server;
    await new Promise<void>((resolve) => {
      closing.close(() => resolve());
      closing.closeIdleConnections();
      // Requests still running after a grace period are cut rather than waited for.
      setTimeout(() => closing.closeAllConnections(), 5_000).unref();
    });
  }
  await supervisor?.stop();
  await open?.close();
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  open = await openDatabase(config.database);
  await applySchema(open.db);
  if (await isGraphEmpty(open.db)) {
    console.log('Empty database: loading the curated dataset from data/ ...');
    console.log(formatSummary(await seedDatabase(open.db)));
    // Only after a load: at every start it would empty the plans of other API processes too.
    await refreshPlannerStatistics(open.db);
  }
  // In the background, but /ready waits for it: until it ends, the first timeline or subgraph
  // would wait for Neo4j's planner.
  const db = open.db;
  const warmed = warmUntilDone(() => warmSlowPlans(db));
  const health = readyAfter(
    startHealthMonitor(open.pingDb, config.serving.readyPingIntervalMs),
    warmed,
  );
  const app = createApp({ db: open.db, health }, config.serving);
  server = await listen(app, config.port, config.host, {
    requestTimeoutMs: config.serving.requestTimeoutMs,
  });
  if (open.local && config.database.kind === 'local') {
    supervisor = superviseLocalNeo4j(open.local, config.database, console.error, health);
  }
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`solidarity-graph ready in ${seconds} s`);
  console.log(`GraphiQL: http://localhost:${config.port}/graphql`);
}

guardUnhandledRejections();

let stopSignalAt: number | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // npm and tsx forward the same Ctrl-C at once; a second one a moment later means "now".
    if (stopSignalAt !== undefined) {
      if (Date.now() - stopSignalAt < 1_000) return;
      console.log('Stopping now, without waiting.');
      process.exit(1);
    }
    stopSignalAt = Date.now();
    console.log(`\n${signal}: stopping the server and the database...`);
    shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch(async (error: unknown) => {
  console.error(describeStartupError(error));
  await shutdown().catch(() => {});
  process.exit(1);
});
