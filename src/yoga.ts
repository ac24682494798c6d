import type { IncomingMessage } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerOptions } from 'graphql-yoga';
import { createAuthenticator } from './auth/authenticate.js';
import { authOptionsFromEnv } from './auth/options.js';
import { loadServingConfig, type ServingConfig } from './config.js';
import { type Context, createContext, type ServerDeps } from './context.js';
import { createRequestBudget } from './db/concurrency.js';
import { type HealthMonitor, startHealthMonitor } from './db/health.js';
import { asGraphQLErrors } from './error-mapping.js';
import { EXAMPLE_OPERATIONS } from './examples.js';
import { clientAddress } from './http/client-address.js';
import { useDocumentLimits } from './plugins/armor.js';
import { useDatabaseStats } from './plugins/db-stats.js';
import { useInputErrorCodes } from './plugins/input-error-codes.js';
import { maskServerError } from './plugins/mask-errors.js';
import { useKnownOperationTypes } from './plugins/operation-types.js';
import { useRateLimit } from './plugins/rate-limit.js';
import { useReadyEndpoint } from './plugins/readiness.js';
import { useRequestGuards } from './plugins/request-guards.js';
import { useGraphResponseCache } from './plugins/response-cache.js';
import { useSecurityHeaders } from './plugins/security-headers.js';
import { useSiteRoutes } from './plugins/site-routes.js';
import { useUtf8Responses } from './plugins/utf8-responses.js';
import { schema } from './schema/index.js';

export interface AppDeps extends ServerDeps {
  /** Background readiness pings; by default one is started on `db`. */
  health?: HealthMonitor;
}

/** Headers any of which marks a request as not a plain cross-site form post or link (CSRF). */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

function corsOptions(origins: string[]): YogaServerOptions<object, object>['cors'] {
  if (origins.length === 0) return false;
  // No cookies or HTTP auth are used, so credentials are never allowed cross-origin.
  return { origin: origins.includes('*') ? '*' : origins, credentials: false };
}

/** Development defaults without the response cache: in-process apps (tests, bench:scale) measure reads. */
function inProcessDefaults(): ServingConfig {
  const serving = loadServingConfig({});
  return { ...serving, responseCache: { ...serving.responseCache, enabled: false } };
}

/** The configured GraphQL server, usable in-process with `app.fetch(...)` (tests) or behind node:http. */
export function createApp(deps: AppDeps, serving: ServingConfig = inProcessDefaults()) {
  const health = deps.health ?? startHealthMonitor(deps.db, serving.readyPingIntervalMs);
  const authOptions = deps.auth ?? authOptionsFromEnv();
  const auth = createAuthenticator(deps.db, authOptions);
  return createYoga<{ req?: IncomingMessage }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: serving.graphiql
      ? { title: 'solidarity-graph', defaultQuery: EXAMPLE_OPERATIONS }
      : false,
    // GraphiQL's scripts and styles from the installed package, not a CDN: it works offline.
    renderGraphiQL,
    cors: corsOptions(serving.corsOrigins),
    // Bodies are bounded by their Content-Length (useRequestGuards; server.ts refuses bodies without
    // one): yoga's own limit would pipe every body through a counting stream once more.
    maxRequestBodySize: false,
    // Never attach stacks to responses, whatever NODE_ENV says; coded database errors stay visible.
    maskedErrors: { isDev: false, maskError: maskServerError },
    context: async ({ request, req }) => {
      // The deadline starts before authentication, whose token lookup reads the database too.
      const budget = createRequestBudget(serving.requestTimeoutMs, serving.queriesPerRequest);
      const client = clientAddress(request, req, authOptions.trustProxy);
      // Context errors reach yoga outside execution: they must be GraphQL errors already.
      const viewer = await asGraphQLErrors(auth.viewerFor(request, client, budget));
      return createContext(deps, viewer, budget);
    },
    plugins: [
      useRateLimit(serving.rateLimitPerMinute, serving.trustProxy),
      useSecurityHeaders(),
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      useRequestGuards(serving.bodyLimitBytes),
      ...useDocumentLimits({ fieldSuggestions: serving.fieldSuggestions }),
      useKnownOperationTypes(),
      ...(serving.introspection ? [] : [useDisableIntrospection()]),
      useReadyEndpoint(() => health.isReady()),
      // Before graphql-jit, whose own coercion of variables words its errors otherwise.
      useInputErrorCodes(),
      // Compiles each document once (kept as long as yoga's parse cache keeps it) instead of
      // interpreting it per object; before the response cache, which wraps whatever runs the document.
      useGraphQlJit(),
      // Before the statistics, so that a cached answer never keeps a request's `extensions.db`.
      ...useGraphResponseCache(deps.db, serving),
      useDatabaseStats(serving.graphStatsHeader),
      useSiteRoutes(deps, serving.requestTimeoutMs, serving.graphiql),
      // Last: it serialises whatever result the plugins before it left.
      useUtf8Responses(),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
