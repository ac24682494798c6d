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

/**
 * The database stopped answering after the commit of a write was sent: it may land once Neo4j answers
 * again, so the client is told the outcome is unknown rather than that the write failed.
 */
export function writeOutcomeUnknown(error: DomainError): DomainError {
  return new DomainError(
    error.code,
    `${error.message} The write was committing then: read before retrying, it may have been saved.`,
    {
      details: { writeOutcome: 'unknown' },
      cause: error.cause,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    },
  );
}

/** The client-side deadline or a lost connection ended a call: Neo4j did not say how it ended. */
export function isCommitUnanswered(error: unknown): error is DomainError {
  if (!(error instanceof DomainError)) return false;
  if (error.code === 'QUERY_TIMEOUT') return error.cause === undefined;
  return error.code === 'DATABASE_UNAVAILABLE';
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
