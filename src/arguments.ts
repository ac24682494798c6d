// Checks of the arguments every door shares (GraphQL fields, export parameters, commands), each
// error naming the argument and the bound of src/limits.ts it broke.
import { badInput, type DomainError, notFound } from './domain-error.js';
import { BOUNDS, type IntBound, isYear } from './limits.js';

/** Checks an optional integer argument against its bound, returning the bound's default when absent. */
export function intInRange(
  argument: string,
  value: number | null | undefined,
  bound: IntBound,
): number {
  if (value === null || value === undefined) return bound.default;
  if (value < bound.min || value > bound.max) {
    throw badInput(argument, `must be between ${bound.min} and ${bound.max}, got ${value}`);
  }
  return value;
}

/** An unknown node key where the operation needs it to exist. */
export function unknownKeys(
  argument: string,
  keys: string[],
  details: Record<string, unknown> = {},
): DomainError {
  const listed = keys.map((key) => `"${key}"`).join(', ');
  return notFound(argument, `no node has the key ${listed}`, { keys, ...details });
}

/** A list of keys of bounded length, without blanks. */
export function keyList(argument: string, keys: readonly string[], min = 1): string[] {
  if (keys.length < min)
    throw badInput(argument, `needs at least ${min} key${min === 1 ? '' : 's'}`);
  if (keys.length > BOUNDS.keys.max)
    throw badInput(argument, `takes at most ${BOUNDS.keys.max} keys, got ${keys.length}`);
  for (const key of keys) if (key.trim() === '') throw badInput(argument, 'keys must not be empty');
  return [...new Set(keys)];
}

/** A year for `activeAt` filters. */
export function yearArg(argument: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!isYear(value)) throw badInput(argument, `must be a four-digit year, got ${value}`);
  return value;
}
