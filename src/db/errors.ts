import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';

/**
 * Turns the database errors a client can act on into GraphQL errors with a code; every other error
 * passes through unchanged, to be masked as "Unexpected error." and logged on the server.
 */
export function mapDatabaseError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) {
    return new GraphQLError(`The query took longer than ${timeoutMs / 1000} s and was stopped.`, {
      extensions: { code: 'QUERY_TIMEOUT' },
      originalError: error,
    });
  }
  if (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    error.code.startsWith('Neo.TransientError')
  ) {
    return new GraphQLError('The database is unavailable right now; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE' },
      originalError: error,
    });
  }
  return error;
}
