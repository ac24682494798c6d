// The root `relations(filter:)` list: relationships of the whole graph (or touching some keys),
// filtered, in (type, toKey, fromKey) order, read from the per-type end-key indexes a page at a time.
import type { Database } from '../db/database.js';
import { list, namedQuery, num, type Row, text } from '../db/query.js';
import { RELATION_ACTIVE_AT } from '../model/active-at.js';
import { missingKeysCall } from '../model/missing-keys.js';
import { decodeRelation, type ReadBriefness, relationProjection } from '../model/projection.js';
import type { RecordInfo, Relation } from '../model/types.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import type { RelationCursor } from './relation-cursor.js';
import { PAST_EVERY_KEY } from './relations.js';

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

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
 * read, which multiplied by the reads' branches took seconds.
 */
const FILTERS = `CASE WHEN
  ($disputed IS NULL OR coalesce(r.disputed, false) = $disputed)
  AND ($origin IS NULL OR coalesce(r.origin, 'curated') = $origin)
  AND ($minSources IS NULL OR size(coalesce(r.sources, [])) >= $minSources)
  AND ($maxSources IS NULL OR size(coalesce(r.sources, [])) <= $maxSources)
  AND ${RELATION_ACTIVE_AT} THEN true ELSE false END`;

/** A read's parameter: where the whole-graph read of `type` starts, or the keys the reads of `type` start from. */
const startParam = (type: RelationType) => `start_${type}`;
const startFromParam = (type: RelationType) => `startFrom_${type}`;
const seedsParam = (type: RelationType, way: 'in' | 'out') => `seeds_${type}_${way}`;

/**
 * One type of the whole graph, in (toKey, fromKey) order from its index, at most `$limit` matches
 * after the start (on the cursor's type, its toKey and fromKey: what comes before them with the
 * same toKey is skipped before the LIMIT, at the cost of reading it).
 */
function wholeRead(type: RelationType): string {
  const [to, from] = [`$${startParam(type)}`, `$${startFromParam(type)}`];
  return `
    MATCH (a)-[r:${type}]->(b)
    USING INDEX r:${type}(toKey, fromKey)
    WHERE r.toKey >= ${to} AND r.fromKey IS NOT NULL
    WITH r, a, b WHERE CASE WHEN r.toKey > ${to} OR r.fromKey > ${from} THEN ${FILTERS} ELSE false END
    WITH r ORDER BY r.toKey, r.fromKey LIMIT $limit
    RETURN r`;
}

/**
 * One type, one direction, for each seed `{key, start}`: that key's relationships from the index
 * whose first property is the key, in the other end's order from `start`, at most `$limit` matches
 * per key and the cursor's own row (a hub costs a page, not its degree, unless the filter rejects
 * most of it). Reads only when no key is missing.
 */
function seedRead(type: RelationType, way: 'in' | 'out'): string {
  const [anchor, other] = way === 'in' ? ['toKey', 'fromKey'] : ['fromKey', 'toKey'];
  return `
    WITH missing WHERE size(missing) = 0
    UNWIND $${seedsParam(type, way)} AS seed
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

/** The page among what the reads found: after the cursor, in (type, toKey, fromKey) order. */
const PAGE_OF_FOUND = `
  WITH DISTINCT r
  WHERE type(r) > $after.type OR (type(r) = $after.type AND (
    r.toKey > $after.otherKey OR (r.toKey = $after.otherKey AND r.fromKey > $after.fromKey)))
  WITH r ORDER BY type(r), r.toKey, r.fromKey LIMIT $limit
  RETURN collect(${relationProjection('r', '$brief')}) AS relations`;

const decodePage = (row: Row) => ({
  missing: list(text)(row.missing),
  relations: list(decodeRelation)(row.relations),
});

const RELATIONS_PAGE = namedQuery(
  'relationsPage',
  `
CALL () {
  CALL () {${ALL_TYPES.map(wholeRead).join('\n    UNION ALL')}
  }${PAGE_OF_FOUND}
}
RETURN [] AS missing, relations`,
  decodePage,
);

// Unknown keys first: nothing else is read when there are any.
const RELATIONS_PAGE_OF_KEYS = namedQuery(
  'relationsPageOfKeys',
  `
${missingKeysCall('Entity')}
CALL (missing) {
  CALL (missing) {${ALL_TYPES.flatMap((type) => [seedRead(type, 'out'), seedRead(type, 'in')]).join(
    '\n    UNION ALL',
  )}
  }${PAGE_OF_FOUND}
}
RETURN missing, relations`,
  decodePage,
);

/** The relationships of one type that match, from the whole graph or from the keys' indexes. */
function countOf(type: RelationType, ofKeys: boolean): string {
  const reads = ofKeys
    ? `
      UNWIND $keys AS key
      CALL (key) {
        MATCH (a)-[r:${type}]->(b)
        USING INDEX r:${type}(fromKey, toKey)
        WHERE r.fromKey = key AND r.toKey IS NOT NULL
        RETURN r, a, b
        UNION ALL
        MATCH (a)-[r:${type}]->(b)
        USING INDEX r:${type}(toKey, fromKey)
        WHERE r.toKey = key AND r.fromKey IS NOT NULL AND NOT r.fromKey IN $keys
        RETURN r, a, b
      }`
    : `
      MATCH (a)-[r:${type}]->(b)`;
  return `
    WITH 1 AS guard WHERE '${type}' IN $types${reads}
    WITH r, a, b WHERE ${FILTERS}
    RETURN count(r) AS n`;
}

const countQuery = (name: string, ofKeys: boolean) =>
  namedQuery(
    name,
    `
CALL () {${ALL_TYPES.map((type) => countOf(type, ofKeys)).join('\n  UNION ALL')}
}
RETURN sum(n) AS total`,
    (row) => num(row.total),
  );

const RELATIONS_COUNT = countQuery('relationsCount', false);
const RELATIONS_COUNT_OF_KEYS = countQuery('relationsCountOfKeys', true);

// Only types: each type's count comes from the count store, nothing is read.
const RELATIONS_COUNT_OF_TYPES = namedQuery(
  'relationsCountOfTypes',
  `
RETURN ${ALL_TYPES.map((type) => `CASE WHEN '${type}' IN $types THEN COUNT { ()-[:${type}]->() } ELSE 0 END`).join(' +\n  ')} AS total`,
  (row) => num(row.total),
);

function filterParams(filter: RelationListFilter) {
  const { types, disputed, origin, minSources, maxSources, activeAt } = filter;
  return { types, disputed, origin, minSources, maxSources, activeAt };
}

/** Where each type's read starts for a page after `after`: a type before the cursor's reads nothing. */
function typeStart(type: RelationType, filter: RelationListFilter, after: RelationCursor | null) {
  if (!filter.types.includes(type)) return null;
  if (!after || after.type < type) return '';
  return after.type === type ? after : null;
}

/** The whole-graph reads' start keys: toKey, and fromKey within that toKey (exclusive). */
function wholeStarts(filter: RelationListFilter, after: RelationCursor | null) {
  return Object.fromEntries(
    ALL_TYPES.flatMap((type) => {
      const start = typeStart(type, filter, after);
      const to = start === null ? PAST_EVERY_KEY : start === '' ? '' : start.otherKey;
      const from = start === null || start === '' ? '' : start.fromKey;
      return [
        [startParam(type), to],
        [startFromParam(type), from],
      ];
    }),
  );
}

/**
 * The keys' reads' seeds. On the cursor's type, an outgoing read of k (toKey order) starts at the
 * cursor's toKey; an incoming read of k (fromKey order, toKey = k) is skipped when k comes before
 * the cursor's toKey and starts at its fromKey when k is it. What the starts let through at the
 * cursor itself, the page's after-cursor condition removes.
 */
/**
 * A seed that reads nothing, in place of an empty list: Neo4j caches a plan per parameter types,
 * and an empty list is typed apart from a list of maps, so each page would plan again.
 */
const NO_SEEDS = [{ key: PAST_EVERY_KEY, start: PAST_EVERY_KEY }];

/** Before every relationship, in place of a null cursor (for the same reason). */
const BEFORE_ALL: RelationCursor = { type: '' as RelationType, otherKey: '', fromKey: '' };

function keySeeds(keys: string[], filter: RelationListFilter, after: RelationCursor | null) {
  return Object.fromEntries(
    ALL_TYPES.flatMap((type) => {
      const start = typeStart(type, filter, after);
      if (start === null) {
        return [
          [seedsParam(type, 'out'), NO_SEEDS],
          [seedsParam(type, 'in'), NO_SEEDS],
        ];
      }
      const out = keys.map((key) => ({ key, start: start === '' ? '' : start.otherKey }));
      const incoming = keys.flatMap((key) => {
        if (start === '' || key > start.otherKey) return [{ key, start: '' }];
        return key === start.otherKey ? [{ key, start: start.fromKey }] : [];
      });
      return [
        [seedsParam(type, 'out'), out],
        [seedsParam(type, 'in'), incoming.length > 0 ? incoming : NO_SEEDS],
      ];
    }),
  );
}

export type RelationListPage = { missingKeys: string[] } | { relations: Relation[] };

/** Up to `limit` relationships matching `filter` after `after`, in one statement. */
export async function relationListPage(
  db: Database,
  filter: RelationListFilter,
  after: RelationCursor | null,
  limit: number,
  brief: ReadBriefness['relations'],
): Promise<RelationListPage> {
  const common = { ...filterParams(filter), after: after ?? BEFORE_ALL, limit, brief };
  const [row] = filter.keys
    ? await db.read(RELATIONS_PAGE_OF_KEYS, {
        ...common,
        keys: filter.keys,
        ...keySeeds(filter.keys, filter, after),
      })
    : await db.read(RELATIONS_PAGE, { ...common, ...wholeStarts(filter, after) });
  if (!row) throw new Error('relations returned no row');
  if (row.missing.length > 0) return { missingKeys: row.missing };
  return { relations: row.relations };
}

/** How many relationships match `filter`, all pages together. */
export async function relationListCount(db: Database, filter: RelationListFilter): Promise<number> {
  const { types, keys, ...rest } = filter;
  const plain = keys === null && Object.values(rest).every((value) => value === null);
  const query = plain ? RELATIONS_COUNT_OF_TYPES : keys ? RELATIONS_COUNT_OF_KEYS : RELATIONS_COUNT;
  const [total] = await db.read(query, { ...filterParams(filter), keys });
  return total ?? 0;
}
