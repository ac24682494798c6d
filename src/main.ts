import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { applySchema } from './db/apply-schema.js';
import { connectDatabase, DatabaseConnectError } from './db/connect.js';
import type { Database } from './db/database.js';
import { LauncherError } from './neo4j/java-tools.js';
import { type LocalNeo4j, startLocalNeo4j } from './neo4j/local-neo4j.js';
import { listen } from './server.js';
import { createApp } from './yoga.js';

let local: LocalNeo4j | undefined;
let db: Database | undefined;
let server: Server | undefined;

async function shutdown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db?.close().catch(() => {});
  await local?.stop();
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const config = loadConfig();
  const target = config.database;
  if (target.kind === 'local') {
    local = await startLocalNeo4j(target);
    db = await connectDatabase({ uri: local.uri });
  } else {
    db = await connectDatabase(target);
  }
  await applySchema(db);
  server = await listen(createApp({ db, adminToken: config.adminToken }), config.port);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`solidarity-graph ready in ${seconds} s`);
  console.log(`GraphiQL: http://localhost:${config.port}/graphql`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // npm and tsx forward Ctrl-C too, so the same signal may arrive more than once.
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server and the database...`);
    shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main().catch(async (error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof DatabaseConnectError ||
    error instanceof LauncherError;
  console.error(known ? `solidarity-graph: ${error.message}` : error);
  await shutdown().catch(() => {});
  process.exit(1);
});
