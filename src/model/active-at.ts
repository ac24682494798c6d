// The `activeAt` rule, used by actor filters and relationship lists alike.

/** What the schema says about `activeAt` arguments. */
export const ACTIVE_AT_DESCRIPTION =
  'Keep only relationships that held in this year. Without a start date, a relationship counts from ' +
  'the first year a source lists it, else from the founding of the later of its two ends; without ' +
  'an end date it is taken as still holding.';

/**
 * The Cypher condition: true when relationship `r` from `a` to `b` held in the year given by the
 * parameter `year` (e.g. `$activeAt`), or when it is null. The calling query must bind `r`, `a`
 * (start node) and `b` (end node).
 */
export function relationActiveAt(year: string): string {
  return `
  (${year} IS NULL OR (
    coalesce(
      r.sinceYear,
      r.attested[0],
      CASE WHEN coalesce(a.startYear, 0) > coalesce(b.startYear, 0) THEN a.startYear ELSE b.startYear END,
      ${year}
    ) <= ${year}
    AND coalesce(r.untilYear, ${year}) >= ${year}))`;
}

/** The rule for the parameter `$activeAt`. */
export const RELATION_ACTIVE_AT = relationActiveAt('$activeAt');

/** The Cypher condition for a node `n`: it existed in `$activeAt` (or its start is unknown). */
export const NODE_ACTIVE_AT = `($activeAt IS NULL OR coalesce(n.startYear, $activeAt) <= $activeAt)`;
