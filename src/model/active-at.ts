// The `activeAt` rule, used by actor filters and relationship lists alike, and the membership
// window stored from it so that a body's count in a year is read from an index.

/** What the schema says about `activeAt` arguments. */
export const ACTIVE_AT_DESCRIPTION =
  'Keep only relationships that held in this year. Without a start date, a relationship counts from ' +
  'the first year a source lists it, else from the founding of the later of its two ends; without ' +
  'an end date it is taken as still holding.';

/** What the schema adds where `activeAt` also filters nodes (subgraph, metrics, exports). */
export const NODE_ACTIVE_AT_TEXT =
  'Nodes founded after that year are left out; a node without a founding date is kept.';

/**
 * The first year relationship `r` from `a` to `b` holds by the rule below, or null when nothing
 * dates it: its start, else the first year a source lists it, else the later founding of its ends
 * (an unclosed `coalesce(`: the caller adds a last fallback or closes it).
 */
function relationStart(r: string, a: string, b: string): string {
  return `coalesce(
      ${r}.sinceYear,
      ${r}.attested[0],
      CASE WHEN coalesce(${a}.startYear, 0) > coalesce(${b}.startYear, 0) THEN ${a}.startYear ELSE ${b}.startYear END`;
}

/** The first year relationship `r` from `a` to `b` holds by the rule above, or null when nothing dates it. */
export function relationStartYear(r: string, a: string, b: string): string {
  return `${relationStart(r, a, b)})`;
}

/**
 * The Cypher condition: true when relationship `r` from `a` to `b` held in the year given by the
 * parameter `year` (e.g. `$activeAt`), or when it is null. The calling query must bind `r`, `a`
 * (start node) and `b` (end node).
 */
export function relationActiveAt(year: string): string {
  return `
  (${year} IS NULL OR (
    ${relationStart('r', 'a', 'b')},
      ${year}
    ) <= ${year}
    AND coalesce(r.untilYear, ${year}) >= ${year}))`;
}

/** The rule for the parameter `$activeAt`. */
export const RELATION_ACTIVE_AT = relationActiveAt('$activeAt');

/**
 * `RELATION_ACTIVE_AT` on a MEMBER_OF relationship `r`, read from its stored window (below)
 * rather than from its ends' foundings: the same years, without reading either end.
 */
export function memberOfActiveAt(r: string): string {
  return `${r}.relFrom <= $activeAt AND ${r}.relUntil >= $activeAt`;
}

/** The Cypher condition for a node: it existed in `$activeAt` (founded or held by then, or its start is unknown). */
export function nodeActiveAt(node: string): string {
  return `($activeAt IS NULL OR coalesce(${node}.startYear, $activeAt) <= $activeAt)`;
}

/** The rule for a node `n`. */
export const NODE_ACTIVE_AT = nodeActiveAt('n');

/**
 * Open ends of a stored window: before and after every year `activeAt` takes (YEARS of
 * src/limits.ts) and every stored four-digit year. Range indexes skip nulls, so open ends
 * need values.
 */
export const WINDOW_OPEN_START = 0;
export const WINDOW_OPEN_END = 9999;

/**
 * The membership windows of a MEMBER_OF relationship `r` from `a` to `b`, as SET items: the years
 * in which the actors filter `{memberOf, activeAt}` counts the member (`RELATION_ACTIVE_AT` and
 * `NODE_ACTIVE_AT` together), so that count reads only the index on
 * `(toKey, memberFrom, memberUntil)` (cypher/schema.cypher), null when the member is not an Actor
 * or the body not an Entity (those the filter never counts); and the years the relation rule alone
 * holds it (`relFrom`, `relUntil`), for relationship counts in a year.
 */
function setMemberWindow(r: string, a: string, b: string): string {
  const start = relationStart(r, a, b);
  const counted = `${a}:Actor AND ${b}:Entity`;
  return `SET
      ${r}.memberFrom = CASE WHEN ${counted} THEN reduce(
        latest = ${WINDOW_OPEN_START}, year IN [${start}), ${a}.startYear] |
        CASE WHEN year > latest THEN year ELSE latest END) END,
      ${r}.memberUntil = CASE WHEN ${counted} THEN coalesce(${r}.untilYear, ${WINDOW_OPEN_END}) END,
      ${r}.relFrom = ${start}, ${WINDOW_OPEN_START}),
      ${r}.relUntil = coalesce(${r}.untilYear, ${WINDOW_OPEN_END})`;
}

/**
 * The window's properties: derived, index-only, never part of a relation's answer or export.
 * `memberFrom`/`memberUntil` hold the actors filter's rule (the member's founding too),
 * `relFrom`/`relUntil` the relation rule alone (`RELATION_ACTIVE_AT`), for a body's or a member's
 * MEMBER_OF count in a year from the indexes on `(toKey, relFrom, relUntil)` and `(fromKey, …)`.
 */
export const MEMBER_WINDOW_PROPERTIES = [
  'memberFrom',
  'memberUntil',
  'relFrom',
  'relUntil',
] as const;

/**
 * Cypher that recomputes the window of relationship `rel` (bound by the caller; nothing for other
 * types). Every writer runs it after it creates or changes a relationship; it may follow a SET.
 */
export function refreshMemberWindow(rel: string): string {
  return `
  WITH *
  CALL (${rel}) {
    WITH ${rel} AS windowRel WHERE type(${rel}) = 'MEMBER_OF'
    WITH windowRel, startNode(windowRel) AS windowMember, endNode(windowRel) AS windowBody
    ${setMemberWindow('windowRel', 'windowMember', 'windowBody')}
  }`;
}

/** What a node gives its memberships' windows; compared before and after a node write. */
export function memberWindowInputs(node: string): string {
  return `[coalesce(${node}.startYear, -1), ${node}:Actor, ${node}:Entity]`;
}

/**
 * Cypher that recomputes the windows of node `node`'s MEMBER_OF relationships, both ways: after a
 * node write that may change its founding year or labels. With `before` (a variable holding
 * `memberWindowInputs(node)` read before the write), only when those changed, so that editing a
 * hub's description does not rewrite its members.
 */
export function refreshMemberWindowsOf(node: string, before?: string): string {
  const imported = before ? `${node}, ${before}` : node;
  const guard = before ? `WITH ${node} WHERE ${memberWindowInputs(node)} <> ${before}` : '';
  return `
  WITH *
  CALL (${imported}) {
    ${guard}
    MATCH (${node})-[windowRel:MEMBER_OF]-()
    WITH windowRel, startNode(windowRel) AS windowMember, endNode(windowRel) AS windowBody
    ${setMemberWindow('windowRel', 'windowMember', 'windowBody')}
  }`;
}
