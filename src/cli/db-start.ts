import { ConfigError, loadConfig } from '../config.js';
import { startLocalNeo4j } from '../neo4j/local-neo4j.js';
import { describeStartupError } from './describe-error.js';

// `npm run db:start`: only the local database, in the foreground, until Ctrl-C.
try {
  const config = loadConfig();
  if (config.database.kind !== 'local') {
    throw new ConfigError('NEO4J_URI is set: there is no local database to start. Unset it first.');
  }
  const neo = await startLocalNeo4j(config.database);
  console.log(`Press Ctrl-C to stop. Connect with NEO4J_URI=${neo.uri}`);
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log('Stopping the local Neo4j...');
      neo.stop().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(describeStartupError(error));
  process.exit(1);
}
