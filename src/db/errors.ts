import { Neo4jError } from 'neo4j-driver';
import { DomainError } from '../domain-error.js';

/**
 * Seconds a client is told to wait when the database is stopped or hung: to a client both mean
 * "not now", whoever asks (anonymous, token, GraphQL or export).
 */
export const RETRY_AFTER_SECONDS = 5;

export function queryTimeoutError(timeoutMs: number, cause?: unknown): DomainError {
  return new DomainError(
    'QUERY_TIMEOUT',
    `The query took longer than ${timeoutMs / 1000} s and was stopped.`,
    { cause, retryAfterSeconds: RETRY_AFTER_SECONDS },
  );
}

export function databaseUnavailableError(cause?: unknown): DomainError {
  return new DomainError(
    'DATABASE_UNAVAILABLE',
    'The database is unavailable right now; try again shortly.',
    { cause, retryAfterSeconds: RETRY_AFTER_SECONDS },
  );
}

function isUnavailable(error: Neo4jError): boolean {
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code.startsWith('Neo.TransientError') ||
    // The pool's acquisition timeout has no code of its own, only this message.
    error.message.startsWith('Connection acquisition timed out') ||
    error.message.startsWith('Failed to establish connection')
  );
}

/**
 * Turns the database errors a client can act on into domain errors with a code; every other error
 * passes through unchanged, to be masked as "Unexpected error." and logged on the server.
 */
export function mapDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) return queryTimeoutError(timeoutMs, error);
  if (isUnavailable(error)) return databaseUnavailableError(error);
  return error;
}
