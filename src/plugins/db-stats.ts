import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

export const STATS_HEADER = 'x-graph-stats';

/**
 * With `x-graph-stats: 1`, adds `extensions.db = { roundTrips, byName, ms }` to the response (if
 * `enabled`); `byName` by statement family, a shaped text's name up to `#` (`familyOf`).
 */
export function useDatabaseStats(enabled = true): Plugin<Context> {
  if (!enabled) return {};
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context & { request?: Request };
      if (ctx.request?.headers.get(STATS_HEADER) !== '1') return;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({
            ...result,
            extensions: {
              ...result.extensions,
              db: {
                roundTrips: ctx.stats.roundTrips,
                byName: ctx.stats.byName,
                ms: Math.round(ctx.stats.ms * 100) / 100,
              },
            },
          });
        },
      };
    },
  };
}
