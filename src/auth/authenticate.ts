import type { RequestBudget } from '../db/concurrency.js';
import type { Database } from '../db/database.js';
import { authUnavailable, tooManyFailures, unauthenticated } from './errors.js';
import { createJwtVerifier, JwksUnavailable, looksLikeJwt } from './jwt.js';
import type { AuthOptions } from './options.js';
import { FailureWindow } from './rate-limit.js';
import type { Viewer } from './roles.js';
import { looksLikeToken, viewerForToken } from './tokens.js';

export interface Authenticator {
  /**
   * The viewer of a request from `client` (its address, for the failure window): null without
   * credential; a bad credential throws UNAUTHENTICATED. A token is looked up within `budget`, the
   * request's deadline.
   */
  viewerFor(
    request: Request,
    client: string | undefined,
    budget?: RequestBudget,
  ): Promise<Viewer | null>;
}

/** One per process: it holds the failure window and the identity provider's cached keys. */
export function createAuthenticator(db: Database, options: AuthOptions): Authenticator {
  const failures = new FailureWindow(options.maxFailures, options.failureWindowMs);
  const verifyJwt = options.jwt ? createJwtVerifier(options.jwt) : undefined;

  async function check(credential: string, budget?: RequestBudget): Promise<Viewer | null> {
    if (looksLikeToken(credential)) {
      return viewerForToken(budget ? db.within(budget) : db, credential);
    }
    if (verifyJwt && looksLikeJwt(credential)) return verifyJwt(credential);
    return null;
  }

  return {
    async viewerFor(request, address, budget) {
      const header = request.headers.get('authorization');
      if (header === null || header.trim() === '') return null;
      const client = address ?? 'unknown';
      const wait = failures.retryAfter(client);
      if (wait > 0) throw tooManyFailures(wait);
      const credential = /^Bearer +(\S+)$/i.exec(header.trim())?.[1];
      let viewer: Viewer | null = null;
      try {
        viewer = credential === undefined ? null : await check(credential, budget);
      } catch (error) {
        if (error instanceof JwksUnavailable) throw authUnavailable();
        throw error;
      }
      if (viewer === null) {
        failures.fail(client);
        throw unauthenticated();
      }
      return viewer;
    },
  };
}
