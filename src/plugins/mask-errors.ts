import { GraphQLError } from 'graphql';
import { createGraphQLError, type MaskError, maskError } from 'graphql-yoga';
import { DATABASE_ERROR_CODES, RETRY_AFTER_SECONDS, UNAVAILABLE_STATUS } from '../db/errors.js';
import { LIMIT_CODES } from './armor.js';

const CLIENT_CODES: ReadonlySet<unknown> = new Set(DATABASE_ERROR_CODES);
/** Errors about the request itself: always a 4xx, whatever the Accept header. */
const REQUEST_CODES: ReadonlySet<unknown> = new Set(['BAD_REQUEST', ...LIMIT_CODES]);

// The same status for every client (`spec: false`: application/json ones too); yoga strips `http`.
const UNAVAILABLE = {
  status: UNAVAILABLE_STATUS,
  headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
  spec: false,
};

/** The first error in the `originalError` chain that we raised for clients (a coded database error). */
function clientFacing(error: unknown): GraphQLError | undefined {
  for (let current = error; current instanceof GraphQLError; current = current.originalError) {
    // graphql-jit wraps resolver errors in GraphQLErrors without `extensions`.
    if (CLIENT_CODES.has(current.extensions?.code)) return current;
  }
  return undefined;
}

/**
 * yoga's masking, except that coded database errors keep their message and code (their driver cause
 * is dropped), and request errors become 4xx without `extensions.originalError` (it quotes the body).
 */
export const maskServerError: MaskError = (error, message) => {
  const coded = clientFacing(error);
  if (coded && error instanceof GraphQLError) {
    // A located error already carries the code and message, and its cause is never serialised.
    if (error.extensions?.code === coded.extensions.code && error.message === coded.message) {
      (error.extensions as Record<string, unknown>).http = UNAVAILABLE;
      return error;
    }
    return createGraphQLError(coded.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: coded.extensions.code, http: UNAVAILABLE },
    });
  }
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
