import { type Plugin, useReadinessCheck } from 'graphql-yoga';

export const READY_ENDPOINT = '/ready';

/**
 * yoga's readiness check, consulted only for `/ready`: on its own it tests every other request's
 * URL against a URLPattern first (about 1.5 % of a simple query's CPU).
 */
export function useReadyEndpoint(isReady: () => boolean | Promise<boolean>): Plugin {
  const readiness = useReadinessCheck({ endpoint: READY_ENDPOINT, check: isReady });
  return {
    ...readiness,
    onRequest(payload) {
      if (payload.url.pathname === READY_ENDPOINT) return readiness.onRequest?.(payload);
    },
  };
}
