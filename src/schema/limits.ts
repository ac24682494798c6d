import { GraphQLError } from 'graphql';

/** The bounds every caller can rely on; errors name the argument and the bound. */
export const LIMITS = {
  first: 100,
  maxHops: 8,
  depth: 3,
  subgraphLimit: 2000,
  keys: 50,
  queryLength: 200,
} as const;

/** A client error that names the offending argument, never a stack trace. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/** Checks an optional integer argument against [min, max], returning `fallback` when absent. */
export function intInRange(
  argument: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (value < min || value > max) {
    throw badInput(argument, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/** An unknown node key where the operation needs it to exist. */
export function unknownKeys(argument: string, keys: string[]): GraphQLError {
  const listed = keys.map((key) => `"${key}"`).join(', ');
  return new GraphQLError(`Invalid argument "${argument}": no node has the key ${listed}`, {
    extensions: { code: 'NOT_FOUND', argument, keys },
  });
}

/** A list of keys of bounded length, without blanks. */
export function keyList(argument: string, keys: readonly string[], min = 1): string[] {
  if (keys.length < min)
    throw badInput(argument, `needs at least ${min} key${min === 1 ? '' : 's'}`);
  if (keys.length > LIMITS.keys)
    throw badInput(argument, `takes at most ${LIMITS.keys} keys, got ${keys.length}`);
  for (const key of keys) if (key.trim() === '') throw badInput(argument, 'keys must not be empty');
  return [...new Set(keys)];
}

/** A year for `activeAt` filters. */
export function yearArg(argument: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (value < 1000 || value > 2999)
    throw badInput(argument, `must be a four-digit year, got ${value}`);
  return value;
}

/**
 * Complexity of a paged field: its page size, clamped to the bound so that an oversized `first`
 * reaches the resolver and gets the precise error instead of a generic complexity error.
 */
export function pageCost(
  args: { first?: number | null; last?: number | null },
  fallback: number,
  field = 1,
) {
  const size = args.first ?? args.last ?? fallback;
  return { field, multiplier: Math.max(1, Math.min(size, LIMITS.first)) };
}
