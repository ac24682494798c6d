import { DomainError, rateLimited } from '../domain-error.js';
import type { Viewer } from './roles.js';

// One message per outcome, whatever credential was tried: no hint of which tokens exist.
const UNAUTHENTICATED_MESSAGE =
  'Authentication required: send a valid token as "Authorization: Bearer <token>".';
const FORBIDDEN_MESSAGE = 'Your role does not allow this operation.';

export function unauthenticated(): DomainError {
  return new DomainError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
}

export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', FORBIDDEN_MESSAGE);
}

export function tooManyFailures(retryAfterSeconds: number): DomainError {
  return rateLimited('Too many failed authentications from this client', retryAfterSeconds);
}

export function authUnavailable(): DomainError {
  return new DomainError(
    'AUTH_UNAVAILABLE',
    'The identity provider could not be reached to check this token; try again shortly.',
  );
}

/** The error scope-auth raises on a refused field: who is missing vs. which role is missing. */
export function refusal(viewer: Viewer | null): DomainError {
  return viewer === null ? unauthenticated() : forbidden();
}
