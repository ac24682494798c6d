import type { Database } from '../db/database.js';
import { namedQuery, num } from '../db/query.js';
import { NODE_ACTIVE_AT, RELATION_ACTIVE_AT } from '../model/active-at.js';
import { decodeEntity, entityProjection } from '../model/projection.js';
import type { Entity } from '../model/types.js';
import type { ActorKind, Scope } from '../model/vocabulary.js';

export interface ActorFilterValues {
  kind?: ActorKind | null;
  country?: string | null;
  /** ISO 3166-2 subdivision, e.g. "FR-OCC". */
  region?: string | null;
  scope?: Scope | null;
  /** A country or world-region code the actor works across (`areas`). */
  area?: string | null;
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
  AND ($region IS NULL OR n.region = $region)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($area IS NULL OR $area IN coalesce(n.areas, []))
  AND ${NODE_ACTIVE_AT}
  AND ($memberOf IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(body:Entity {key: $memberOf})
    WITH r, n AS a, body AS b
    WHERE ${RELATION_ACTIVE_AT}
  })`;

// Keyset pagination on the unique key: the page after a cursor is one index range, not an offset.
const ACTORS_PAGE = namedQuery(
  'actorsPage',
  `
MATCH (n:Actor)
WHERE ${FILTERS}
RETURN ${entityProjection('n')} AS actor
ORDER BY n.key
LIMIT $limit`,
  (row) => decodeEntity(row.actor),
);

const ACTORS_PAGE_WITH_TEXT = namedQuery(
  'actorsPageWithText',
  `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery) YIELD node AS n
WITH n WHERE ${FILTERS}
RETURN ${entityProjection('n')} AS actor
ORDER BY n.key
LIMIT $limit`,
  (row) => decodeEntity(row.actor),
);

const ACTORS_COUNT = namedQuery(
  'actorsCount',
  `
MATCH (n:Actor)
WHERE ${FILTERS}
RETURN count(n) AS total`,
  (row) => num(row.total),
);

const ACTORS_COUNT_WITH_TEXT = namedQuery(
  'actorsCountWithText',
  `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery) YIELD node AS n
WITH n WHERE ${FILTERS}
RETURN count(n) AS total`,
  (row) => num(row.total),
);

function params(filter: ActorFilterValues, after: string | null) {
  return {
    kind: filter.kind ?? null,
    country: filter.country ?? null,
    region: filter.region ?? null,
    scope: filter.scope ?? null,
    area: filter.area ?? null,
    memberOf: filter.memberOf ?? null,
    activeAt: filter.activeAt ?? null,
    textQuery: filter.textQuery ?? null,
    after,
  };
}

/** Up to `limit` actors after the key `after`, ordered by key. */
export function actorsPage(
  db: Database,
  filter: ActorFilterValues,
  after: string | null,
  limit: number,
): Promise<Entity[]> {
  const query = filter.textQuery ? ACTORS_PAGE_WITH_TEXT : ACTORS_PAGE;
  return db.read(query, { ...params(filter, after), limit });
}

/** How many actors match the filter, all pages together. */
export async function actorsCount(db: Database, filter: ActorFilterValues): Promise<number> {
  const query = filter.textQuery ? ACTORS_COUNT_WITH_TEXT : ACTORS_COUNT;
  const [total] = await db.read(query, params(filter, null));
  return total ?? 0;
}
