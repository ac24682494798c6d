import type { Plugin } from 'graphql-yoga';
import type { ServerDeps } from '../context.js';
import { EXPLORER_PREFIX, handleExplorer } from '../http/explorer-route.js';
import { EXPORT_PREFIX, handleExport } from '../http/export-route.js';

/** Serves the explorer page at `/`, its assets under /explorer/ and the exports under /export/. */
export function useSiteRoutes(deps: ServerDeps): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const path = url.pathname;
      if (path.startsWith(EXPORT_PREFIX)) {
        return handleExport(deps.db, url).then(endResponse);
      }
      if (path === '/' || path.startsWith(EXPLORER_PREFIX)) {
        return handleExplorer(path).then(endResponse);
      }
      return undefined;
    },
  };
}
