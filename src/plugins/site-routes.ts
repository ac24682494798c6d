import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { ServerDeps } from '../context.js';
import { EMBED_PATH, EXPLORER_PREFIX, handleExplorer } from '../http/explorer-route.js';
import { EXPORT_PREFIX, handleExport } from '../http/export-route.js';
import { GRAPHIQL_OFF_PAGE, wantsPage } from '../http/graphiql-off-page.js';

/**
 * Serves the explorer page at `/` (and without side panels at `/embed`), its assets under
 * /explorer/, the exports under /export/ (each database read of an export within `deadlineMs`)
 * and, when GraphiQL is off, a page that says so to a browser at /graphql.
 */
export function useSiteRoutes(deps: ServerDeps, deadlineMs: number, graphiql: boolean): Plugin {
  const exportDb = deps.db.eachQueryWithin(deadlineMs);
  return {
    onRequest({ request, url, endResponse, serverContext }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname;
      if (!graphiql && path === '/graphql' && wantsPage(request, url)) {
        endResponse(
          new Response(GRAPHIQL_OFF_PAGE, {
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
        );
        return;
      }
      if (path.startsWith(EXPORT_PREFIX)) {
        // Cutting the socket is how a streamed export says it failed after its first byte.
        const socket = (serverContext as { req?: IncomingMessage }).req?.socket;
        const connection = { signal: request.signal, abort: () => socket?.destroy() };
        return handleExport(exportDb, url, connection).then(endResponse);
      }
      if (path === '/' || path === EMBED_PATH || path.startsWith(EXPLORER_PREFIX)) {
        return handleExplorer(path).then(endResponse);
      }
      return undefined;
    },
  };
}
