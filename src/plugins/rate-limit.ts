import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from '../domain-error.js';
import { errorResponse } from '../error-mapping.js';
import { clientAddress } from '../http/client-address.js';

/**
 * At most `perMinute` requests per client address and minute (429 with Retry-After above);
 * in-process requests, which have no address, are not counted.
 */
export function useRateLimit(perMinute: number, trustProxy: boolean): Plugin {
  // Off: no hook at all, where an async one cost every request a promise and a turn of the loop.
  if (perMinute === 0) return {};
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const key = clientAddress(
        request,
        (serverContext as { req?: IncomingMessage }).req,
        trustProxy,
      );
      if (!key) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.ceil(rejection.msBeforeNext / 1000);
        endResponse(
          errorResponse(
            rateLimited(`Too many requests: at most ${perMinute} a minute`, retryAfter),
          ),
        );
      }
    },
  };
}
