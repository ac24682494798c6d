// The one error type every layer raises for a client; src/error-mapping.ts turns it into GraphQL
// errors and HTTP statuses at the edge.

/** Every code a client can see, what it means, and the HTTP status it answers with. */
export const ERROR_CODES = {
  /** An argument, variable or query parameter is malformed or out of its bound. */
  BAD_USER_INPUT: 400,
  /** The request itself is malformed (body, parameters, headers). */
  BAD_REQUEST: 400,
  /** The document asks for something the schema cannot do (an operation type it lacks). */
  GRAPHQL_VALIDATION_FAILED: 400,
  TOKEN_LIMIT: 400,
  ALIAS_LIMIT: 400,
  DEPTH_LIMIT: 400,
  DIRECTIVE_LIMIT: 400,
  COST_LIMIT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  /** A key, id or name the request relies on does not exist. */
  NOT_FOUND: 404,
  /** A write stated a version other than the stored one. */
  CONFLICT: 409,
  /** An imported page is in a language the importer's rules do not read (French and English). */
  UNSUPPORTED_LANGUAGE: 422,
  EXPORT_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  AUTH_UNAVAILABLE: 503,
  /** The database is stopped, or (QUERY_TIMEOUT) hung: to a client both mean "not now". */
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Document limits, checked before execution. */
export const LIMIT_CODES = [
  'TOKEN_LIMIT',
  'ALIAS_LIMIT',
  'DEPTH_LIMIT',
  'DIRECTIVE_LIMIT',
  'COST_LIMIT',
] as const satisfies readonly ErrorCode[];

export interface DomainErrorOptions {
  /** What the client gets besides the code (the argument, the keys, the versions...). */
  details?: Record<string, unknown>;
  /** The HTTP status when it differs from the code's (a body over the limit is a 413 BAD_REQUEST). */
  status?: number;
  /** Seconds to wait before trying again (RATE_LIMITED). */
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** An error meant for the client: a closed code, a precise message, no stack. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  /**
   * The code and details as GraphQL `extensions`: graphql-js and graphql-jit copy this object onto
   * the errors they wrap a resolver's error in, so the edge only has to find it.
   */
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.status = options.status ?? ERROR_CODES[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extensions = { code, ...options.details };
  }
}

/** The domain error behind `error`, following GraphQL's `originalError` wrapping. */
export function domainErrorIn(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && current; depth += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

function argumentMessage(argument: string, message: string): string {
  return `Invalid argument "${argument}": ${message}`;
}

/** A client error that names the offending argument, never a stack trace. */
export function badInput(
  argument: string,
  message: string,
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('BAD_USER_INPUT', argumentMessage(argument, message), {
    details: { argument, ...details },
  });
}

/** Something the argument names (or, with `null`, the request's path) does not exist. */
export function notFound(
  argument: string | null,
  what: string,
  details: Record<string, unknown> = {},
): DomainError {
  if (argument === null) return new DomainError('NOT_FOUND', what, { details });
  return new DomainError('NOT_FOUND', argumentMessage(argument, what), {
    details: { argument, ...details },
  });
}

/** Too many requests (or failed attempts) from one client: `what` says which, then when to retry. */
export function rateLimited(what: string, retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', `${what}; try again in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
}
