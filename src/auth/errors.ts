import { GraphQLError } from 'graphql';
import type { Viewer } from './roles.js';

// One message per outcome, whatever credential was tried: no hint of which tokens exist.
const UNAUTHENTICATED_MESSAGE =
  'Authentication required: send a valid token as "Authorization: Bearer <token>".';
const FORBIDDEN_MESSAGE = 'Your role does not allow this operation.';

export function unauthenticated(): GraphQLError {
  return new GraphQLError(UNAUTHENTICATED_MESSAGE, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    },
  });
}

export function forbidden(): GraphQLError {
  return new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
}

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Too many failed authentications from this client; try again in ${retryAfterSeconds} s.`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
      },
    },
  );
}

export function authUnavailable(): GraphQLError {
  return new GraphQLError(
    'The identity provider could not be reached to check this token; try again shortly.',
    { extensions: { code: 'AUTH_UNAVAILABLE', http: { status: 503 } } },
  );
}

/** The error scope-auth raises on a refused field: who is missing vs. which role is missing. */
export function refusal(viewer: Viewer | null): GraphQLError {
  return viewer === null ? unauthenticated() : forbidden();
}
