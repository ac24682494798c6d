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

/** Deepest nesting of arrays and objects in `variables` or `extensions`: the schema's inputs nest a
 * few levels, and deeper values overflow the stack of whatever walks them (the cache key). */
export const MAX_VALUE_NESTING = 64;

/** True when `value` nests arrays or objects deeper than `max` (walked without recursion). */
function nestsDeeper(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses, before yoga reads them, bodies whose Content-Length is over `bodyLimitBytes` (413; the
 * HTTP server refuses bodies without a length) and GET parameters that are not JSON (400, where yoga
 * would fail with a 500); then variables nested deeper than MAX_VALUE_NESTING (400).
 */
export function useRequestGuards(bodyLimitBytes: number): Plugin {
  return {
    onParams({ params }) {
      for (const name of ['variables', 'extensions'] as const) {
        if (nestsDeeper(params[name], MAX_VALUE_NESTING)) {
          throw badRequest(`The "${name}" nest deeper than ${MAX_VALUE_NESTING} levels.`);
        }
      }
    },
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
