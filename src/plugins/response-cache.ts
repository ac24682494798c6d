import { createHash } from 'node:crypto';
import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServingConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { graphChanged } from '../db/graph-changes.js';
import { readGraphVersion } from '../history/graph-version.js';
import { STATS_HEADER } from './db-stats.js';
import { VersionGate } from './version-gate.js';

export const CACHE_HEADER = 'x-cache';

type CacheStatus = 'hit' | 'miss' | 'bypass';

// Answers that depend on who asks; requests with a credential bypass the cache anyway.
const VIEWER_FIELDS = { 'Query.viewer': 0, 'Query.proposals': 0 };

/** The plugin's in-memory LRU, which can be emptied at once when the graph changes. */
function clearableCache(maxEntries: number) {
  let inner = createInMemoryCache({ max: maxEntries });
  return {
    get: (key: string) => inner.get(key),
    set: (...args: Parameters<typeof inner.set>) => inner.set(...args),
    invalidate: (...args: Parameters<typeof inner.invalidate>) => inner.invalidate(...args),
    clear: () => {
      inner = createInMemoryCache({ max: maxEntries });
    },
  };
}

/**
 * Version reads start at least this far apart while requests keep arriving (a quiet turn of the
 * event loop starts one sooner). Under load one read then serves several hits (each still waits
 * for a read started after it arrived): the read, not the cache, is what a hit costs.
 */
export const VERSION_READ_SPACING_MS = 3;

/** Longest a request waits for the version read before it is served uncached (Neo4j hangs). */
export function versionWaitMs(requestTimeoutMs: number): number {
  // The request's own deadline starts after this wait, so keep it a small share of it.
  return Math.min(500, Math.ceil(requestTimeoutMs / 16));
}

function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Whether a request may be answered from (and stored in) the cache, before its version is read. */
function cacheable(request: Request): boolean {
  if (request.headers.get('authorization')?.trim()) return false;
  const control = request.headers.get('cache-control')?.toLowerCase() ?? '';
  return !/\bno-(cache|store)\b/.test(control);
}

/**
 * graphql-yoga's response cache for anonymous queries, keyed on the graph version. Every cacheable
 * request waits for a version read started after it arrived, so a write through the API or a seed
 * in another process shows on the very next read; `x-cache` says hit, miss or bypass.
 */
export function useGraphResponseCache(db: Database, serving: ServingConfig): Plugin[] {
  const { responseCache: config, graphStatsHeader } = serving;
  if (!config.enabled) return [];
  const waitMs = versionWaitMs(serving.requestTimeoutMs);
  const cache = clearableCache(config.maxEntries);
  const onGraphChange = () => {
    cache.clear();
    graphChanged();
  };
  const gate = new VersionGate(
    async () => (await readGraphVersion(db)).version,
    onGraphChange,
    VERSION_READ_SPACING_MS,
  );
  const status = new WeakMap<Request, CacheStatus>();
  // A request whose version could not be read in time is served uncached (its own deadline and
  // error codes then apply, as without the cache).
  const unversioned = new WeakSet<Request>();
  const enabled = (request: Request) => cacheable(request) && !unversioned.has(request);

  const tracking: Plugin = {
    onExecute({ args }) {
      // Writes in this process empty the cache at once (the version key alone would strand old answers).
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      return { onExecuteDone: () => onGraphChange() };
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { responseCache, ...extensions } = result.extensions ?? {};
      const hit = (responseCache as { hit?: boolean } | undefined)?.hit;
      status.set(request, hit === true ? 'hit' : hit === false ? 'miss' : 'bypass');
      if (responseCache === undefined) return;
      if (hit && graphStatsHeader && request.headers.get(STATS_HEADER) === '1' && !extensions.db) {
        extensions.db = { roundTrips: 0, byName: {}, ms: 0 };
      }
      const { extensions: _dropped, ...rest } = result;
      setResult(Object.keys(extensions).length > 0 ? { ...rest, extensions } : rest);
    },
    onResponse({ request, response }) {
      const value = status.get(request);
      if (value !== undefined) response.headers.set(CACHE_HEADER, value);
    },
  };

  // The cache plugin executes a copy of the document with `__typename`/`id` added to every selection
  // (to find entities); run the client's own instead, so complexity, lookahead and answers stay as
  // without the cache. Time-to-live rules are read from the document, so they still apply.
  const executeClientDocument: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      const document = args.document;
      setExecuteFn((executed) => executeFn({ ...executed, document }));
    },
  };

  return [
    executeClientDocument,
    useResponseCache({
      cache,
      session: () => null,
      enabled,
      ttl: config.ttlMs,
      ttlPerSchemaCoordinate: VIEWER_FIELDS,
      // No `id` added to selections: we need no per-entity invalidation (a write empties the cache).
      idFields: [],
      // Our own rule also turns off the plugin's ETag/304 path, which would skip the version check.
      shouldCacheResult: ({ result }) => !result.errors?.length,
      includeExtensionMetadata: true,
      buildResponseCacheKey: async ({ request, documentString, operationName, variableValues }) => {
        // Synchronous: WebCrypto's digest (the plugin's default) costs a thread-pool round trip per hit.
        const base = createHash('sha256')
          .update(JSON.stringify([documentString, operationName ?? '', variableValues ?? {}]))
          .digest('hex');
        if (!enabled(request)) return base;
        try {
          return `v${await withinMs(gate.current(), waitMs)}|${base}`;
        } catch {
          unversioned.add(request);
          return base;
        }
      },
    }),
    tracking,
  ];
}
