import neo4j, { Neo4jError } from 'neo4j-driver';
import { coalesceBoltWrites } from './bolt-writes.js';
import { Database } from './database.js';

export class DatabaseConnectError extends Error {}

export interface ConnectOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string | undefined;
  /** How long to wait for the first answer before giving up. */
  timeoutMs?: number;
  /** Connections in the pool (the driver's default, 100, when unset). */
  poolSize?: number;
}

function explain(error: unknown, options: ConnectOptions): string {
  const where = `Neo4j at ${options.uri}`;
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Security.Unauthorized') {
      return `${where} rejected the credentials of user "${options.user ?? 'neo4j'}". Check NEO4J_USER and NEO4J_PASSWORD.`;
    }
    if (error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return `${where} blocks logins after too many failed attempts; wait and check NEO4J_USER and NEO4J_PASSWORD.`;
    }
    if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') {
      return `${where} has no database "${options.database}". Check NEO4J_DATABASE.`;
    }
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
      return `Cannot reach ${where}: ${error.message}. Check NEO4J_URI and that the server is running.`;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot use ${where}: ${message}. Check NEO4J_URI (bolt://host:7687, neo4j://host:7687 or neo4j+s://host).`;
}

/** Creates the process-wide driver and checks that the server answers and accepts the credentials. */
export async function connectDatabase(options: ConnectOptions): Promise<Database> {
  let driver: ReturnType<typeof neo4j.driver>;
  coalesceBoltWrites();
  try {
    driver = neo4j.driver(
      options.uri,
      neo4j.auth.basic(options.user ?? 'neo4j', options.password ?? ''),
      {
        connectionTimeout: options.timeoutMs ?? 10_000,
        connectionAcquisitionTimeout: options.timeoutMs ?? 10_000,
        maxTransactionRetryTime: 5_000,
        ...(options.poolSize ? { maxConnectionPoolSize: options.poolSize } : {}),
        // Integers arrive as JS numbers, so rows need no walk to convert them (counts stay below 2^53).
        disableLosslessIntegers: true,
        // Nothing reads warnings; sent, they were most of a.'s reply (unknown `updatedBy`, `ALIAS_OF`).
        notificationFilter: { minimumSeverityLevel: 'OFF' },
        logging: { level: 'error', logger: () => {} },
      },
    );
  } catch (error) {
    throw new DatabaseConnectError(explain(error, options));
  }
  try {
    await driver.verifyAuthentication({ database: options.database });
    await driver.executeQuery('RETURN 1', {}, { database: options.database });
  } catch (error) {
    await driver.close().catch(() => {});
    throw new DatabaseConnectError(explain(error, options));
  }
  return new Database(driver, options.database, {
    readsFollowBookmarks: routesAcrossServers(options.uri),
  });
}

/**
 * True for a routing URI (`neo4j://`, `neo4j+s://`…), whose reads may go to another member of a
 * cluster than the writes; a direct one (`bolt://`…) talks to one server.
 */
export function routesAcrossServers(uri: string): boolean {
  return !/^bolt(\+s|\+ssc)?:\/\//i.test(uri.trim());
}
