// The edge: the one place a DomainError becomes a GraphQL error or an HTTP response.
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { DomainError, domainErrorIn, type ErrorCode, LIMIT_CODES } from './domain-error.js';

/** Codes that refuse the whole request: a GraphQL response that carries one takes its status too. */
const REQUEST_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BAD_REQUEST',
  'GRAPHQL_VALIDATION_FAILED',
  ...LIMIT_CODES,
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'AUTH_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
]);

/** Codes whose status holds for application/json clients too (yoga's `spec: false`). */
const EVERY_CLIENT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'GRAPHQL_VALIDATION_FAILED',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
]);

/** The response headers an error asks for. */
export function errorHeaders(error: DomainError): Record<string, string> {
  const headers: Record<string, string> = {};
  if (error.code === 'UNAUTHENTICATED') headers['www-authenticate'] = 'Bearer';
  if (error.retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(error.retryAfterSeconds);
  }
  return headers;
}

/** yoga's `extensions.http`, which sets the response's status and headers (and is not sent). */
function httpExtension(error: DomainError) {
  if (!REQUEST_CODES.has(error.code)) return undefined;
  const headers = errorHeaders(error);
  const spec = EVERY_CLIENT_CODES.has(error.code) ? { spec: false } : {};
  return Object.keys(headers).length > 0
    ? { status: error.status, headers, ...spec }
    : { status: error.status, ...spec };
}

/** The GraphQL `extensions` of a domain error: its code, its details, and the HTTP hint. */
export function graphqlExtensions(error: DomainError): Record<string, unknown> {
  const http = httpExtension(error);
  return http ? { ...error.extensions, http } : { ...error.extensions };
}

/** A domain error as a GraphQL error, for the places that must throw one (scalars, validation). */
export function toGraphQLError(
  error: DomainError,
  location: Pick<GraphQLErrorOptions, 'nodes' | 'path'> = {},
): GraphQLError {
  return new GraphQLError(error.message, { ...location, extensions: graphqlExtensions(error) });
}

/**
 * The GraphQL error a client sees for `error` when a domain error caused it, or undefined. A wrapper
 * that already carries the domain error's extensions object is completed in place, so that yoga
 * does not log it as an internal error.
 */
export function clientGraphQLError(error: unknown): GraphQLError | undefined {
  const domain = domainErrorIn(error);
  if (!domain) return undefined;
  if (error instanceof GraphQLError && error.extensions === domain.extensions) {
    const http = httpExtension(domain);
    if (http) domain.extensions.http = http;
    return error;
  }
  if (error instanceof GraphQLError) {
    return toGraphQLError(domain, { nodes: error.nodes, path: error.path });
  }
  return toGraphQLError(domain);
}

/** Rethrows a domain error as a GraphQL error, for code yoga runs outside execution (the context). */
export async function asGraphQLErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof DomainError ? toGraphQLError(error) : error;
  }
}

/** The JSON body of an error answered over plain HTTP, in GraphQL's `errors` shape. */
export function errorBody(error: DomainError): string {
  return JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/** A domain error answered over plain HTTP (exports, the rate limit). */
export function errorResponse(error: DomainError): Response {
  return new Response(errorBody(error), {
    status: error.status,
    headers: { 'content-type': 'application/json', ...errorHeaders(error) },
  });
}
