import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { jsonUtf8 } from '../http/json-utf8.js';

/**
 * yoga serialises a result with its `stringify` when it has one (graphql-jit sets JSON.stringify):
 * this hands it `jsonUtf8`, so the body is the same UTF-8 bytes, already encoded, and written to
 * the socket as they are. Last of the plugins, after any that replace the result.
 */
// Typed as returning text, but yoga hands whatever it returns to `new Response(...)`, which takes bytes.
const bytesAsBody = jsonUtf8 as unknown as (result: ExecutionResult) => string;

export function useUtf8Responses(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      setResult({ ...result, stringify: bytesAsBody });
    },
  };
}
