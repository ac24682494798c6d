import type { Database } from '../db/database.js';
import { ACTIVE_AT_CONDITION } from './relations.js';
import { type EntityRow, entityProps, propsOf, toEntityRow } from './rows.js';

export interface ActorFilterValues {
  kind?: string | null;
  country?: string | null;
  scope?: string | null;
  memberOf?: string | null;
  activeAt?: number | null;
  /** Already turned into a safe full-text query, or null. */
  textQuery?: string | null;
}

const FILTERS = `
  n:Actor
  AND ($after IS NULL OR n.key > $after)
  AND ($kind IS NULL OR $kind IN labels(n))
  AND ($country IS NULL OR n.country = $country)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($activeAt IS NULL OR coalesce(n.startYear, $activeAt) <= $activeAt)
  AND ($memberOf IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(body:Entity {key: $memberOf})
    WITH r, n AS a, body AS b
    WHERE ${ACTIVE_AT_CONDITION}
  })`;

// Keyset pagination on the unique key: the page after a cursor is one index range, not an offset.
const ACTORS_PAGE = `
MATCH (n:Actor)
WHERE ${FILTERS}
RETURN ${entityProps('n')} AS props, labels(n) AS labels
ORDER BY n.key
LIMIT $limit`;

const ACTORS_PAGE_WITH_TEXT = `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery) YIELD node AS n
WITH n WHERE ${FILTERS}
RETURN ${entityProps('n')} AS props, labels(n) AS labels
ORDER BY n.key
LIMIT $limit`;

const ACTORS_COUNT = `
MATCH (n:Actor)
WHERE ${FILTERS}
RETURN count(n) AS total`;

const ACTORS_COUNT_WITH_TEXT = `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery) YIELD node AS n
WITH n WHERE ${FILTERS}
RETURN count(n) AS total`;

function params(filter: ActorFilterValues, after: string | null) {
  return {
    kind: filter.kind ?? null,
    country: filter.country ?? null,
    scope: filter.scope ?? null,
    memberOf: filter.memberOf ?? null,
    activeAt: filter.activeAt ?? null,
    textQuery: filter.textQuery ?? null,
    after,
  };
}

/** Up to `limit` actors after the key `after`, ordered by key. */
export async function actorsPage(
  db: Database,
  filter: ActorFilterValues,
  after: string | null,
  limit: number,
): Promise<EntityRow[]> {
  const query = filter.textQuery ? ACTORS_PAGE_WITH_TEXT : ACTORS_PAGE;
  const rows = await db.read(query, { ...params(filter, after), limit });
  return rows.map((row) => toEntityRow(propsOf(row.props), row.labels as string[]));
}

/** How many actors match the filter, all pages together. */
export async function actorsCount(db: Database, filter: ActorFilterValues): Promise<number> {
  const query = filter.textQuery ? ACTORS_COUNT_WITH_TEXT : ACTORS_COUNT;
  const [row] = await db.read(query, params(filter, null));
  return Number(row?.total ?? 0);
}
