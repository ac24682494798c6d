import type { IncomingMessage } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import { createAuthenticator } from './auth/authenticate.js';
import { authOptionsFromEnv } from './auth/options.js';
import { type Context, createContext, type ServerDeps } from './context.js';
import { EXAMPLE_OPERATIONS } from './examples.js';
import { useDatabaseStats } from './plugins/db-stats.js';
import { useInputErrorCodes } from './plugins/input-error-codes.js';
import { useSiteRoutes } from './plugins/site-routes.js';
import { schema } from './schema/index.js';

/** The configured GraphQL server, usable in-process with `app.fetch(...)` (tests) or behind node:http. */
export function createApp(deps: ServerDeps) {
  const auth = createAuthenticator(deps.db, deps.auth ?? authOptionsFromEnv());
  return createYoga<{ req?: IncomingMessage }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'solidarity-graph', defaultQuery: EXAMPLE_OPERATIONS },
    // GraphiQL's scripts and styles from the installed package, not a CDN: it works offline.
    renderGraphiQL,
    // Never attach stacks to responses, whatever NODE_ENV says.
    maskedErrors: { isDev: false },
    context: async ({ request, req }) => createContext(deps, await auth.viewerFor(request, req)),
    plugins: [
      useReadinessCheck({ endpoint: '/ready', check: () => deps.db.ping() }),
      useDatabaseStats(),
      useInputErrorCodes(),
      useSiteRoutes(deps),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
