import { GraphQLError } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';
import { LIMIT_CODES } from '../domain-error.js';
import { clientGraphQLError } from '../error-mapping.js';

/** Errors about the request itself: always a 4xx, whatever the Accept header. */
const REQUEST_CODES: ReadonlySet<unknown> = new Set(['BAD_REQUEST', ...LIMIT_CODES]);

/**
 * yoga's masking, except that domain errors keep their message and code (a driver cause is
 * dropped), and request errors become 4xx without `extensions.originalError` (it quotes the body).
 */
export const maskServerError: MaskError = (error, message) => {
  const client = clientGraphQLError(error);
  if (client) return client;
  if (error instanceof GraphQLError && REQUEST_CODES.has(error.extensions?.code)) {
    // Edited in place: a new error would be logged as an internal one. yoga marks request errors
    // `spec`, which turns them into 200s for application/json clients.
    const extensions = error.extensions as Record<string, unknown>;
    const status = (extensions.http as { status?: number } | undefined)?.status ?? 400;
    delete extensions.originalError;
    extensions.http = { status };
    return error;
  }
  return maskError(error, message, false);
};
