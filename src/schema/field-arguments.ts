import { badInput } from '../domain-error.js';
import { toFullTextQuery } from '../graph/search.js';
import { BOUNDS, CAPS, type IntBound } from '../limits.js';

/** A search text of bounded length, turned into a safe full-text query. */
export function fullTextArg(argument: string, text: string): string {
  if (text.length > CAPS.queryLength) {
    throw badInput(argument, `is longer than ${CAPS.queryLength} characters`);
  }
  const query = toFullTextQuery(text);
  if (query === null) throw badInput(argument, 'must contain at least one letter or digit');
  return query;
}

/**
 * Complexity of a paged field: its page size, clamped to the bound so that an oversized `first`
 * reaches the resolver and gets the precise error instead of a generic complexity error.
 */
export function pageCost(
  args: { first?: number | null },
  bound: IntBound = BOUNDS.pageSize,
  field = 1,
) {
  const size = args.first ?? bound.default;
  return { field, multiplier: Math.max(1, Math.min(size, bound.max)) };
}
