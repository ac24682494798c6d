import { ConfigError } from '../config.js';
import { DatasetValidationError } from '../dataset/types.js';
import { DatabaseConnectError } from '../db/connect.js';
import { SeedLockedError } from '../db/seed-lock.js';
import { LauncherError } from '../neo4j/java-tools.js';
import { ListenError } from '../server.js';

/** The message a command-line user sees: ours as is, anything unexpected with its stack. */
export function describeStartupError(error: unknown): string {
  const expected =
    error instanceof ConfigError ||
    error instanceof DatabaseConnectError ||
    error instanceof LauncherError ||
    error instanceof ListenError ||
    error instanceof SeedLockedError ||
    error instanceof DatasetValidationError;
  if (expected) return `solidarity-graph: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
