import type { Plugin } from 'graphql-yoga';

// The API serves JSON (and GraphiQL, which loads its script and styles from a CDN only when enabled).
const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-site',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
};

/** Sets the usual security headers on every response, GraphiQL's page included. */
export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      for (const [name, value] of Object.entries(HEADERS)) {
        if (!response.headers.has(name)) response.headers.set(name, value);
      }
    },
  };
}
