import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../domain-error.js';
import { toGraphQLError } from '../error-mapping.js';

function badRequest(message: string, status = 400) {
  return toGraphQLError(new DomainError('BAD_REQUEST', message, { status }));
}

function isJson(text: string | null): boolean {
  if (text === null || text === '') return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses, before yoga reads them, bodies whose Content-Length is over `bodyLimitBytes` (413; the
 * HTTP server refuses bodies without a length) and GET parameters that are not JSON (400, where yoga
 * would fail with a 500).
 */
export function useRequestGuards(bodyLimitBytes: number): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === 'GET') {
        const params = new URL(request.url).searchParams;
        for (const name of ['variables', 'extensions']) {
          if (!isJson(params.get(name)))
            throw badRequest(`The "${name}" parameter is not valid JSON.`);
        }
        return;
      }
      const length = request.headers.get('content-length');
      if (length !== null && (!/^\d+$/.test(length) || Number(length) > bodyLimitBytes)) {
        throw badRequest(`The request body is larger than ${bodyLimitBytes} bytes.`, 413);
      }
    },
  };
}
