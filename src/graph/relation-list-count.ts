// The root `relations(filter:)` `totalCount`: a small statement per relationship type asked, read
// from the indexes its pages read (src/graph/relation-list.ts), the types' counts summed here.
import type { Database } from '../db/database.js';
import { type NamedQuery, namedQuery, num } from '../db/query.js';
import { memberOfActiveAt } from '../model/active-at.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import {
  ANY_RELATION,
  filterParams,
  INDEXED_SEEKS,
  type IndexedSeek,
  type RelationListFilter,
  relationFilters,
  seekOf,
} from './relation-list.js';

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * The conditions read from one map parameter, `$filter`: Neo4j caches a plan per parameter types,
 * and a map is one type whatever it holds, so a statement plans once for every combination of
 * conditions (a null and an integer `activeAt` are two plans when they are parameters of their own).
 */
const FILTER_MAP = relationFilters('$filter.');

/**
 * Nothing is read unless the type is asked: the warm-up asks none, so that a whole graph's count
 * is planned without being run.
 */
const asked = (type: RelationType) => `WITH 1 AS guard WHERE '${type}' IN $filter.types`;

type CountRead = 'whole' | 'keys' | IndexedSeek;

/** The relationships of one type the count reads: all of them, the keys', or an index's few. */
function readsOf(type: RelationType, read: CountRead): string {
  if (read === 'keys') {
    return `
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
}`;
  }
  if (read === 'whole') return `\nMATCH (a)-[r:${type}]->(b)`;
  const { property, condition } = INDEXED_SEEKS[read];
  return `
MATCH (a)-[r:${type}]->(b)
USING INDEX r:${type}(${property})
WHERE ${condition}`;
}

const countQueries = (name: string, read: CountRead) =>
  new Map(
    ALL_TYPES.map((type) => [
      type,
      namedQuery(
        `${name}.${type}`,
        `
${asked(type)}${readsOf(type, read)}
WITH r, a, b WHERE ${FILTER_MAP}
RETURN count(r) AS total`,
        (row) => num(row.total),
      ),
    ]),
  );

const COUNTS: Record<CountRead, Map<RelationType, NamedQuery<number>>> = {
  whole: countQueries('relationsCount', 'whole'),
  keys: countQueries('relationsCountOfKeys', 'keys'),
  disputed: countQueries('relationsCountDisputed', 'disputed'),
  origin: countQueries('relationsCountOfOrigin', 'origin'),
};

/** The one type with a stored relation window (`relFrom`, `relUntil`; src/model/active-at.ts). */
const WINDOWED: RelationType = 'MEMBER_OF';

const IN_WINDOW = memberOfActiveAt('r');

/**
 * MEMBER_OF in a year and nothing else: index entries of the stored window only, no relationship
 * or node read. With keys, each key's both ways less those between two keys, counted once by the
 * rule's read (their other end is read only for those, from `(fromKey, toKey)`).
 */
const WINDOW_COUNTS = {
  whole: namedQuery(
    `relationsCountInYear.${WINDOWED}`,
    `
${asked(WINDOWED)}
MATCH ()-[r:${WINDOWED}]->()
USING INDEX r:${WINDOWED}(toKey, relFrom, relUntil)
WHERE r.toKey IS NOT NULL AND ${IN_WINDOW}
RETURN count(r) AS total`,
    (row) => num(row.total),
  ),
  keys: namedQuery(
    `relationsCountOfKeysInYear.${WINDOWED}`,
    `
${asked(WINDOWED)}
UNWIND $keys AS key
RETURN sum(
  COUNT {
    MATCH ()-[r:${WINDOWED}]->()
    USING INDEX r:${WINDOWED}(fromKey, relFrom, relUntil)
    WHERE r.fromKey = key AND ${IN_WINDOW}
  } + COUNT {
    MATCH ()-[r:${WINDOWED}]->()
    USING INDEX r:${WINDOWED}(toKey, relFrom, relUntil)
    WHERE r.toKey = key AND ${IN_WINDOW}
  } - COUNT {
    MATCH ()-[r:${WINDOWED}]->()
    USING INDEX r:${WINDOWED}(fromKey, toKey)
    WHERE r.fromKey = key AND r.toKey IN $keys AND ${IN_WINDOW}
  }) AS total`,
    (row) => num(row.total),
  ),
};

/** True when the filter asks a year and nothing else the window cannot tell. */
function yearOnly(filter: RelationListFilter): filter is RelationListFilter & { activeAt: number } {
  const { activeAt, disputed, origin, minSources, maxSources } = filter;
  return activeAt !== null && [disputed, origin, minSources, maxSources].every((v) => v === null);
}

/** The statement and parameters that count `type`'s relationships matching `filter`. */
function countOfType(filter: RelationListFilter, type: RelationType) {
  const read: CountRead = filter.keys ? 'keys' : (seekOf(filter) ?? 'whole');
  const seek = filter.keys
    ? { keys: filter.keys }
    : read === 'origin'
      ? { origin: filter.origin }
      : {};
  const params = { filter: filterParams(filter), ...seek };
  if (type === WINDOWED && yearOnly(filter) && (read === 'keys' || read === 'whole')) {
    return { query: WINDOW_COUNTS[read], params: { ...params, activeAt: filter.activeAt } };
  }
  return { query: COUNTS[read].get(type), params };
}

// Only types: each type's count comes from the count store, nothing is read.
const RELATIONS_COUNT_OF_TYPES = namedQuery(
  'relationsCountOfTypes',
  `
RETURN ${ALL_TYPES.map((type) => `CASE WHEN '${type}' IN $types THEN COUNT { ()-[:${type}]->() } ELSE 0 END`).join(' +\n  ')} AS total`,
  (row) => num(row.total),
);

async function countOne(db: Database, filter: RelationListFilter, type: RelationType) {
  const { query, params } = countOfType(filter, type);
  if (!query) throw new Error(`no count statement for ${type}`);
  const [total] = await db.read(query, params);
  return total ?? 0;
}

/**
 * How many relationships match `filter`, all pages together: one statement per type asked (each
 * plans in a fraction of the time one statement for all types took), run within the request's
 * budget of concurrent queries, and summed.
 */
export async function relationListCount(db: Database, filter: RelationListFilter): Promise<number> {
  const { types, keys, ...rest } = filter;
  if (keys === null && Object.values(rest).every((value) => value === null)) {
    const [total] = await db.read(RELATIONS_COUNT_OF_TYPES, { types });
    return total ?? 0;
  }
  const totals = await Promise.all(types.map((type) => countOne(db, filter, type)));
  return totals.reduce((sum, total) => sum + total, 0);
}

/**
 * Plans every count statement, reading nothing: no type is asked (`$filter.types` is empty, the
 * only thing in the map that differs from a request's), with the parameter types requests send.
 * Resolves with what they counted: 0.
 */
export async function warmRelationCounts(db: Database, keys: string[]): Promise<number> {
  const none = { ...ANY_RELATION, types: [] };
  const filters: RelationListFilter[] = [
    { ...none, keys: null },
    { ...none, keys },
    { ...none, keys: null, disputed: true },
    { ...none, keys: null, origin: 'api' },
    { ...none, keys: null, activeAt: 2000 },
    { ...none, keys, activeAt: 2000 },
  ];
  const warmed = new Set<string>();
  let counted = 0;
  for (const filter of filters) {
    for (const type of ALL_TYPES) {
      const name = countOfType(filter, type).query?.name ?? type;
      if (!warmed.has(name)) counted += await countOne(db, filter, type);
      warmed.add(name);
    }
  }
  return counted;
}
