import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { boot } from './cli/boot.js';
import { describeStartupError } from './cli/describe-error.js';
import { readyLines } from './cli/ready-lines.js';
import { loadConfig } from './config.js';
import { startHealthMonitor } from './db/health.js';
import type { OpenDatabase } from './db/open-database.js';
import { readyAfter, warmUntilDone } from './db/warm-readiness.js';
import { warmLaterPlans, warmSlowPlans } from './export/warm-plans.js';
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
  // The server owns its database: one a command started would stop under it when the command ends.
  open = await boot({ seedIfEmpty: true, useRunning: false, target: config.database });
  // In the background, but /ready waits for it: until it ends, the first timeline or subgraph
  // would wait for Neo4j's planner.
  const db = open.db;
  const warmed = warmUntilDone(() => warmSlowPlans(db));
  // Once ready: a plan left cold here costs its first request a tenth of a second.
  void warmed
    .then(() => warmLaterPlans(db))
    .catch((error: unknown) => console.warn(`could not warm the later plans: ${String(error)}`));
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
  const address = server.address() as AddressInfo;
  console.log(
    `Listening on port ${address.port}; /ready answers 503 until the query plans are warmed...`,
  );
  // "ready" only once /ready would answer 200, so that what it lists answers at once.
  while (!(await health.isReady())) await new Promise((resolve) => setTimeout(resolve, 250));
  const lines = readyLines({
    seconds: (performance.now() - startedAt) / 1000,
    address,
    graphiql: config.serving.graphiql,
    database: config.database,
    ...(open.local ? { local: { uri: open.local.uri, pid: open.local.pid } } : {}),
  });
  for (const line of lines) console.log(line);
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
