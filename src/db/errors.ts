import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/** Codes whose errors are meant for clients even though a driver error caused them. */
export const DATABASE_ERROR_CODES = ['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE'] as const;

/**
 * How a response carrying one of DATABASE_ERROR_CODES is answered, whoever asks (anonymous,
 * token, GraphQL or export): 503 with a hint of when to try again. A hung database ends requests
 * with QUERY_TIMEOUT, a stopped one with DATABASE_UNAVAILABLE: to a client both mean "not now".
 */
export const UNAVAILABLE_STATUS = 503;
export const RETRY_AFTER_SECONDS = 5;

export function queryTimeoutError(timeoutMs: number, cause?: unknown): GraphQLError {
  return new GraphQLError(`The query took longer than ${timeoutMs / 1000} s and was stopped.`, {
    extensions: { code: 'QUERY_TIMEOUT' },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

export function databaseUnavailableError(cause?: unknown): GraphQLError {
  return new GraphQLError('The database is unavailable right now; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
    originalError: cause instanceof Error ? cause : undefined,
  });
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
 * Turns the database errors a client can act on into GraphQL errors with a code; every other error
 * passes through unchanged, to be masked as "Unexpected error." and logged on the server.
 */
export function mapDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) return queryTimeoutError(timeoutMs, error);
  if (isUnavailable(error)) return databaseUnavailableError(error);
  return error;
}
