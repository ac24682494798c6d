// The root `relations(filter:)` list: relationships of the whole graph (or touching some keys),
// filtered, in (type, toKey, fromKey) order, read from the per-type end-key indexes a page at a time.
import type { Database } from '../db/database.js';
import { list, namedQuery, type Row, text } from '../db/query.js';
import { relationActiveAt } from '../model/active-at.js';
import { missingKeysCall } from '../model/missing-keys.js';
import { decodeRelation, type ReadBriefness, relationProjection } from '../model/projection.js';
import type { RecordInfo, Relation } from '../model/types.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import type { RelationCursor } from './relation-cursor.js';
import { PAST_EVERY_KEY } from './relations.js';

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/** The filter without conditions. */
export const ANY_RELATION = {
  types: ALL_TYPES,
  disputed: null,
  origin: null,
  minSources: null,
  maxSources: null,
  activeAt: null,
};

/** The conditions of `relations(filter:)`, checked; null means "any". */
export interface RelationListFilter {
  types: RelationType[];
  disputed: boolean | null;
  origin: RecordInfo['origin'] | null;
  minSources: number | null;
  maxSources: number | null;
  activeAt: number | null;
  /** Only relationships with at least one end among these keys. */
  keys: string[] | null;
}

/**
 * The filter's conditions on a relationship `r` from `a` to `b` (the activeAt rule of exports and
 * metrics), as one opaque CASE: the planner then does not try an index plan for each OR of each
 * read, which multiplied by the reads' branches took seconds. Each condition is read from
 * `${param}disputed`, `${param}origin`, … (`$` for parameters of their own, `$filter.` for a map).
 */
export function relationFilters(param: string): string {
  return `CASE WHEN
  (${param}disputed IS NULL OR coalesce(r.disputed, false) = ${param}disputed)
  AND (${param}origin IS NULL OR coalesce(r.origin, 'curated') = ${param}origin)
  AND (${param}minSources IS NULL OR size(coalesce(r.sources, [])) >= ${param}minSources)
  AND (${param}maxSources IS NULL OR size(coalesce(r.sources, [])) <= ${param}maxSources)
  AND ${relationActiveAt(`${param}activeAt`)} THEN true ELSE false END`;
}

const FILTERS = relationFilters('$');

/**
 * One type of the whole graph, in (toKey, fromKey) order from its index: at most `$limit` matches
 * after `($startTo, $startFrom)` (what comes before them with the same toKey is skipped before the
 * LIMIT, at the cost of reading it).
 */
function wholePageOfType(type: RelationType): string {
  return `
MATCH (a)-[r:${type}]->(b)
USING INDEX r:${type}(toKey, fromKey)
WHERE r.toKey >= $startTo AND r.fromKey IS NOT NULL
WITH r, a, b WHERE CASE WHEN r.toKey > $startTo OR r.fromKey > $startFrom THEN ${FILTERS} ELSE false END
WITH r ORDER BY r.toKey, r.fromKey LIMIT $limit
WITH collect(${relationProjection('r', '$brief')}) AS relations
RETURN [] AS missing, relations`;
}

/**
 * The few relationships a stored property picks out (few by nature): disputed ones, or those a
 * write recorded (`origin` api or import; curated ones store none). Read from the type's index on
 * that property, then sorted: the whole graph's order read every relationship of the type to find them.
 */
export const INDEXED_SEEKS = {
  disputed: { property: 'disputed', condition: 'r.disputed = true' },
  origin: { property: 'origin', condition: 'r.origin = $origin' },
} as const;

export type IndexedSeek = keyof typeof INDEXED_SEEKS;

function indexedPageOfType(seek: IndexedSeek): (type: RelationType) => string {
  const { property, condition } = INDEXED_SEEKS[seek];
  return (type) => `
MATCH (a)-[r:${type}]->(b)
USING INDEX r:${type}(${property})
WHERE ${condition} AND r.toKey >= $startTo AND r.fromKey IS NOT NULL
WITH r, a, b WHERE CASE WHEN r.toKey > $startTo OR r.fromKey > $startFrom THEN ${FILTERS} ELSE false END
WITH r ORDER BY r.toKey, r.fromKey LIMIT $limit
WITH collect(${relationProjection('r', '$brief')}) AS relations
RETURN [] AS missing, relations`;
}

/**
 * One type, one direction, for each seed `{key, start}` of `$seedsOut` or `$seedsIn`: that key's
 * relationships from the index whose first property is the key, in the other end's order from
 * `start`, at most `$limit` matches per key and the cursor's own row (a hub costs a page, not its
 * degree, unless the filter rejects most of it). Reads only when no key is missing.
 */
function seedRead(type: RelationType, way: 'in' | 'out'): string {
  const [anchor, other] = way === 'in' ? ['toKey', 'fromKey'] : ['fromKey', 'toKey'];
  return `
    WITH missing WHERE size(missing) = 0
    UNWIND ${way === 'in' ? '$seedsIn' : '$seedsOut'} AS seed
    CALL (seed) {
      MATCH (a)-[r:${type}]->(b)
      USING INDEX r:${type}(${anchor}, ${other})
      WHERE r.${anchor} = seed.key AND r.${other} >= seed.start
      WITH r, a, b WHERE ${FILTERS}
      WITH r ORDER BY r.${anchor}, r.${other} LIMIT $limit + 1
      RETURN r
    }
    RETURN r`;
}

/**
 * One type with an end among the keys, after `($afterTo, $afterFrom)` in (toKey, fromKey) order;
 * unknown keys first: nothing else is read when there are any.
 */
function keysPageOfType(type: RelationType): string {
  return `
${missingKeysCall('Entity')}
CALL (missing) {
  CALL (missing) {${seedRead(type, 'out')}
    UNION ALL${seedRead(type, 'in')}
  }
  WITH DISTINCT r
  WHERE r.toKey > $afterTo OR (r.toKey = $afterTo AND r.fromKey > $afterFrom)
  WITH r ORDER BY r.toKey, r.fromKey LIMIT $limit
  RETURN collect(${relationProjection('r', '$brief')}) AS relations
}
RETURN missing, relations`;
}

const decodePage = (row: Row) => ({
  missing: list(text)(row.missing),
  relations: list(decodeRelation)(row.relations),
});

/**
 * A page statement per type rather than one for all: one statement with a branch per type took
 * Neo4j seconds to plan (2.4–2.9 s with `keys` on a quiet machine), a type's alone plans in a
 * tenth of that, so none holds readiness back: they are warmed after it (`warmRelationPages`;
 * docs/performance.md, "Root `relations` pages").
 */
const pageQueries = (name: string, cypher: (type: RelationType) => string) =>
  new Map(ALL_TYPES.map((type) => [type, namedQuery(`${name}.${type}`, cypher(type), decodePage)]));

const RELATIONS_PAGE = pageQueries('relationsPage', wholePageOfType);
const RELATIONS_PAGE_OF_KEYS = pageQueries('relationsPageOfKeys', keysPageOfType);
const RELATIONS_PAGE_DISPUTED = pageQueries('relationsPageDisputed', indexedPageOfType('disputed'));
const RELATIONS_PAGE_OF_ORIGIN = pageQueries('relationsPageOfOrigin', indexedPageOfType('origin'));

/**
 * The index a filter without keys can seek instead of reading every relationship: disputed ones
 * first, then a recorded origin (curated relationships are most of the graph and store none).
 */
export function seekOf(
  filter: Pick<RelationListFilter, 'disputed' | 'origin'>,
): IndexedSeek | null {
  if (filter.disputed === true) return 'disputed';
  return filter.origin === 'api' || filter.origin === 'import' ? 'origin' : null;
}

export function filterParams(filter: RelationListFilter) {
  const { types, disputed, origin, minSources, maxSources, activeAt } = filter;
  return { types, disputed, origin, minSources, maxSources, activeAt };
}

/** The types a page after `after` reads, in the page's order (as Cypher compares type names). */
function typesToRead(filter: RelationListFilter, after: RelationCursor | null): RelationType[] {
  const types = [...filter.types].sort();
  return after ? types.filter((type) => type >= after.type) : types;
}

/** Where the read of `type` resumes: after the cursor on its own type, from the start on the others. */
function resumeAt(type: RelationType, after: RelationCursor | null) {
  return after?.type === type ? after : { otherKey: '', fromKey: '' };
}

/**
 * A seed that reads nothing, in place of an empty list: Neo4j caches a plan per parameter types,
 * and an empty list is typed apart from a list of maps, so each page would plan again.
 */
const NO_SEEDS = [{ key: PAST_EVERY_KEY, start: PAST_EVERY_KEY }];

/**
 * The keys' seeds for one type. On the cursor's type, an outgoing read of k (toKey order) starts
 * at the cursor's toKey; an incoming read of k (fromKey order, toKey = k) is skipped when k comes
 * before the cursor's toKey and starts at its fromKey when k is it. What the starts let through at
 * the cursor itself, the statement's after-cursor condition removes.
 */
function keySeeds(keys: string[], type: RelationType, after: RelationCursor | null) {
  const at = after?.type === type ? after : null;
  const seedsOut = keys.map((key) => ({ key, start: at ? at.otherKey : '' }));
  const seedsIn = keys.flatMap((key) => {
    if (!at || key > at.otherKey) return [{ key, start: '' }];
    return key === at.otherKey ? [{ key, start: at.fromKey }] : [];
  });
  return { seedsOut, seedsIn: seedsIn.length > 0 ? seedsIn : NO_SEEDS };
}

/** The statement and parameters that read `limit` relationships of `type` for the page. */
function pageOfType(
  filter: RelationListFilter,
  type: RelationType,
  after: RelationCursor | null,
  limit: number,
  brief: ReadBriefness['relations'],
) {
  const common = { ...filterParams(filter), limit, brief };
  const { otherKey, fromKey } = resumeAt(type, after);
  if (!filter.keys) {
    const seek = seekOf(filter);
    const pages =
      seek === 'disputed'
        ? RELATIONS_PAGE_DISPUTED
        : seek === 'origin'
          ? RELATIONS_PAGE_OF_ORIGIN
          : RELATIONS_PAGE;
    const query = pages.get(type);
    return { query, params: { ...common, startTo: otherKey, startFrom: fromKey } };
  }
  const query = RELATIONS_PAGE_OF_KEYS.get(type);
  const seeds = keySeeds(filter.keys, type, after);
  return {
    query,
    params: { ...common, keys: filter.keys, afterTo: otherKey, afterFrom: fromKey, ...seeds },
  };
}

export type RelationListPage = { missingKeys: string[] } | { relations: Relation[] };

/**
 * Up to `limit` relationships matching `filter` after `after`: one statement per type, in the
 * page's order, until the page is full (usually one). With keys, every statement checks them
 * first, and at least one runs.
 */
export async function relationListPage(
  db: Database,
  filter: RelationListFilter,
  after: RelationCursor | null,
  limit: number,
  brief: ReadBriefness['relations'],
): Promise<RelationListPage> {
  const lastAsked = [...filter.types].sort().at(-1);
  // Past the last type, a statement with keys still reports unknown ones, reading nothing else.
  const pastTheEnd = typesToRead(filter, after).length === 0 && filter.keys && lastAsked;
  const from = pastTheEnd
    ? { type: lastAsked, otherKey: PAST_EVERY_KEY, fromKey: PAST_EVERY_KEY }
    : after;
  const relations: Relation[] = [];
  for (const type of pastTheEnd ? [lastAsked] : typesToRead(filter, after)) {
    const { query, params } = pageOfType(filter, type, from, limit - relations.length, brief);
    if (!query) throw new Error(`no page statement for ${type}`);
    const [row] = await db.read(query, params);
    if (!row) throw new Error('relations returned no row');
    if (row.missing.length > 0) return { missingKeys: row.missing };
    relations.push(...row.relations);
    if (relations.length >= limit) break;
  }
  return { relations };
}

/**
 * Runs each type's page statements once, reading nothing (the whole graph's from past every key,
 * those of `keys`, keys no node has, stop at the check), so that Neo4j caches their plans.
 */
export async function warmRelationPages(db: Database, keys: string[]): Promise<void> {
  const filter = { ...ANY_RELATION, keys: null };
  for (const type of ALL_TYPES) {
    const past = { type, otherKey: PAST_EVERY_KEY, fromKey: PAST_EVERY_KEY };
    for (const ends of [null, keys]) {
      const { query, params } = pageOfType({ ...filter, keys: ends }, type, past, 1, false);
      if (query) await db.read(query, params);
    }
    for (const seek of [{ disputed: true }, { origin: 'api' as const }]) {
      const indexed = pageOfType({ ...filter, ...seek }, type, past, 1, false);
      if (indexed.query) await db.read(indexed.query, indexed.params);
    }
  }
}
