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

/** The actor's own properties; `n` is bound. */
const OWN_FILTERS = `
  ($kind IS NULL OR $kind IN labels(n))
  AND ($country IS NULL OR n.country = $country)
  AND ($region IS NULL OR n.region = $region)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($area IS NULL OR $area IN coalesce(n.areas, []))
  AND ${NODE_ACTIVE_AT}`;

const FILTERS = `
  n:Actor
  AND ($after IS NULL OR n.key > $after)
  AND ${OWN_FILTERS}
  AND ($memberOf IS NULL OR EXISTS {
    MATCH (n)-[r:MEMBER_OF]->(body:Entity {key: $memberOf})
    WITH r, n AS a, body AS b
    WHERE ${RELATION_ACTIVE_AT}
  })`;

// `n.key > $after` with `$after` never null lets Neo4j read the key index in order and stop at the
// page's end, instead of scanning and sorting every actor.
const ACTORS_PAGE = namedQuery(
  'actorsPage',
  `
MATCH (n:Actor)
WHERE n.key > $after AND ${OWN_FILTERS}
RETURN ${entityProjection('n')} AS actor
ORDER BY n.key
LIMIT $limit`,
  (row) => decodeEntity(row.actor),
);

/** The members of `$memberOf` (in `$activeAt`), read from the body rather than checked on every actor. */
const MEMBERS_OF_BODY = `
MATCH (body:Entity {key: $memberOf})<-[r:MEMBER_OF]-(n:Actor)
WITH r, n, n AS a, body AS b WHERE ${RELATION_ACTIVE_AT}
WITH DISTINCT n WHERE ${OWN_FILTERS}`;

const ACTORS_PAGE_OF_BODY = namedQuery(
  'actorsPageOfBody',
  `${MEMBERS_OF_BODY} AND n.key > $after
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
WHERE ${OWN_FILTERS}
RETURN count(n) AS total`,
  (row) => num(row.total),
);

const ACTORS_COUNT_OF_BODY = namedQuery(
  'actorsCountOfBody',
  `${MEMBERS_OF_BODY}
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
  if (filter.textQuery) {
    return db.read(ACTORS_PAGE_WITH_TEXT, { ...params(filter, after), limit });
  }
  const query = filter.memberOf ? ACTORS_PAGE_OF_BODY : ACTORS_PAGE;
  // Every key sorts after the empty string, so the first page is a range like the others.
  return db.read(query, { ...params(filter, after ?? ''), limit });
}

/** How many actors match the filter, all pages together. */
export async function actorsCount(db: Database, filter: ActorFilterValues): Promise<number> {
  const query = filter.textQuery
    ? ACTORS_COUNT_WITH_TEXT
    : filter.memberOf
      ? ACTORS_COUNT_OF_BODY
      : ACTORS_COUNT;
  const [total] = await db.read(query, params(filter, null));
  return total ?? 0;
}
