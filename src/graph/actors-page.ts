import type { Database } from '../db/database.js';
import { type NamedQuery, namedQuery, num, type Row } from '../db/query.js';
import {
  NODE_ACTIVE_AT,
  RELATION_ACTIVE_AT,
  WINDOW_OPEN_END,
  WINDOW_OPEN_START,
} from '../model/active-at.js';
import { decodeEntityRow, entityProjection } from '../model/projection.js';
import type { ActorKind, Scope } from '../model/vocabulary.js';
import {
  type ActorPage,
  type ActorRow,
  nestedPageQueries,
  nestedQueryKey,
} from './actors-nested-page.js';
import { latitudeBand } from './latitude-band.js';
import {
  decodeEdges,
  edgeShapeOf,
  PREFETCH_VARIANTS,
  pageParams,
  pageVariantOf,
  type RelationSpec,
  relationPageCall,
} from './relations.js';

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
  /** Only actors whose seat lies within `radiusKm` of this point. */
  near?: { latitude: number; longitude: number; radiusKm: number } | null;
}

/** The actor's own properties but its founding; `n` is bound. */
const PROPERTY_FILTERS = `
  ($kind IS NULL OR $kind IN labels(n))
  AND ($country IS NULL OR n.country = $country)
  AND ($region IS NULL OR n.region = $region)
  AND ($scope IS NULL OR n.scope = $scope)
  AND ($area IS NULL OR $area IN coalesce(n.areas, []))
  AND ($near IS NULL OR point.distance(
    point({latitude: n.lat, longitude: n.lon}),
    point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.radiusKm * 1000.0)`;

/** The actor's own properties; `n` is bound. */
const OWN_FILTERS = `${PROPERTY_FILTERS}
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

/**
 * Where actors are read from: every actor in key order, or a region's or a latitude band's index
 * (a few actors, sorted, rather than every actor in key order: most actors have neither a region
 * nor a seat placed). A page and its count read the same.
 */
const ACTOR_SEEKS = {
  all: { hint: '', where: '' },
  inRegion: { hint: '\nUSING INDEX n:Actor(region)', where: 'n.region = $region AND ' },
  near: {
    hint: '\nUSING INDEX n:Actor(lat)',
    where: 'n.lat >= $latitudeFrom AND n.lat <= $latitudeTo AND ',
  },
} as const;

/** Actors `n` from `seek` that pass the filters, and `also`. */
const actorsFrom = (seek: keyof typeof ACTOR_SEEKS, also = '') =>
  `MATCH (n:Actor)${ACTOR_SEEKS[seek].hint}
WHERE ${ACTOR_SEEKS[seek].where}${also}${OWN_FILTERS}`;

/** The ways a page of actors is found, each ending with `n` bound, in key order, cut at `$limit`. */
const PAGE_SOURCES = {
  // `n.key > $after` with `$after` never null ('' for the first page) lets Neo4j read the key
  // index in order and stop at the page's end, instead of scanning and sorting every actor.
  actorsPage: `
${actorsFrom('all', 'n.key > $after AND ')}
WITH n ORDER BY n.key LIMIT $limit`,
  // The body's MEMBER_OF index lists its members in key order (fromKey is the member's key).
  actorsPageOfBody: `
MATCH (n:Actor)-[r:MEMBER_OF]->(body)
USING INDEX r:MEMBER_OF(toKey, fromKey)
WHERE r.toKey = $memberOf AND r.fromKey > $after
WITH r, n, n AS a, body AS b WHERE body:Entity AND ${RELATION_ACTIVE_AT} AND ${OWN_FILTERS}
WITH n, r ORDER BY r.toKey, r.fromKey LIMIT $limit`,
  actorsPageInRegion: `
${actorsFrom('inRegion', 'n.key > $after AND ')}
WITH n ORDER BY n.key LIMIT $limit`,
  actorsPageNear: `
${actorsFrom('near', 'n.key > $after AND ')}
WITH n ORDER BY n.key LIMIT $limit`,
  actorsPageWithText: `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery) YIELD node AS n
WITH n WHERE ${FILTERS}
WITH n ORDER BY n.key LIMIT $limit`,
} as const;
type PageSource = keyof typeof PAGE_SOURCES;

const decodeActor = (row: Row): ActorRow => ({ actor: decodeEntityRow(row.actor), edges: null });

/** Each page query alone, and with each foldable page of the actors' relationships. */
const PAGE_QUERIES = Object.fromEntries(
  Object.entries(PAGE_SOURCES).map(([name, source]) => [
    name,
    {
      alone: namedQuery(
        name,
        `${source}
RETURN ${entityProjection('n', '$brief')} AS actor`,
        decodeActor,
      ),
      withRelations: new Map(
        PREFETCH_VARIANTS.map((variant) => [
          variant,
          namedQuery(
            `${name}WithRelations.${variant}`,
            `${source}
${relationPageCall(variant)}
RETURN ${entityProjection('n', '$brief')} AS actor, edges`,
            (row): ActorRow => {
              const actor = decodeEntityRow(row.actor);
              return { actor, edges: decodeEdges(actor.key, row.edges, variant) };
            },
          ),
        ]),
      ),
    },
  ]),
) as Record<
  PageSource,
  { alone: NamedQuery<ActorRow>; withRelations: Map<string, NamedQuery<ActorRow>> }
>;

const NESTED_QUERIES = nestedPageQueries(PAGE_SOURCES);

/** How many actors `seek` finds that pass the filters. */
const countOf = (name: string, seek: keyof typeof ACTOR_SEEKS) =>
  namedQuery(
    name,
    `
${actorsFrom(seek)}
RETURN count(n) AS total`,
    (row) => num(row.total),
  );

const ACTORS_COUNT = countOf('actorsCount', 'all');
const ACTORS_COUNT_IN_REGION = countOf('actorsCountInRegion', 'inRegion');
const ACTORS_COUNT_NEAR = countOf('actorsCountNear', 'near');

/**
 * The members of `$memberOf` that pass the filters, read from the body's stored membership windows
 * (model/active-at.ts: the member an Actor, the body an Entity, both rules of `activeAt`), so only
 * the members in the year are read, and only their own properties are checked; with nothing but
 * `memberOf` and `activeAt` set, no member is read at all.
 */
const ACTORS_COUNT_OF_BODY = namedQuery(
  'actorsCountOfBody',
  `
MATCH (n)-[r:MEMBER_OF]->()
USING INDEX r:MEMBER_OF(toKey, memberFrom, memberUntil)
WHERE r.toKey = $memberOf AND r.memberFrom <= $fromAtMost AND r.memberUntil >= $untilAtLeast
  AND ${PROPERTY_FILTERS}
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
    near: filter.near ?? null,
    ...(filter.near ? latitudeBand(filter.near) : { latitudeFrom: null, latitudeTo: null }),
    after,
  };
}

/** Where a page starts: the most selective of the filter's indexed conditions. */
function pageSourceOf(filter: ActorFilterValues): PageSource {
  if (filter.textQuery) return 'actorsPageWithText';
  if (filter.memberOf) return 'actorsPageOfBody';
  if (filter.region) return 'actorsPageInRegion';
  if (filter.near) return 'actorsPageNear';
  return 'actorsPage';
}

/** The pages of relationships a page of actors folds in: the actors', and one level further down. */
export interface FoldedPages {
  relations: RelationSpec | null;
  nested: RelationSpec | null;
}

/**
 * Up to `first` actors after the key `after`, ordered by key, and one more when another page
 * follows; with `pages.relations`, each actor's page of relationships for that spec comes in the
 * same round trip, and with `pages.nested`, the page of each node the first `first` reach. `brief`
 * reads the actors briefly (`model/projection.ts`).
 */
export async function actorsPage(
  db: Database,
  filter: ActorFilterValues,
  after: string | null,
  first: number,
  pages: FoldedPages = { relations: null, nested: null },
  brief = false,
): Promise<ActorPage> {
  const source = pageSourceOf(filter);
  const queries = PAGE_QUERIES[source];
  // Every key sorts after the empty string, so the first page is a range like the others.
  const common = {
    ...params(filter, filter.textQuery ? after : (after ?? '')),
    limit: first + 1,
    brief,
  };
  const { relations, nested } = pages;
  if (!relations) return { rows: await db.read(queries.alone, common), nested: new Map() };
  const variant = pageVariantOf(relations);
  if (nested) {
    const key = nestedQueryKey(variant, pageVariantOf(nested), edgeShapeOf(nested.brief));
    const query = NESTED_QUERIES.get(source)?.get(key);
    if (!query) throw new Error(`no query folds in ${variant} then ${pageVariantOf(nested)}`);
    const [page] = await db.read(query, {
      ...common,
      first,
      ...pageParams(relations),
      ...pageParams(nested, pageVariantOf(nested), 'nested'),
    });
    return page ?? { rows: [], nested: new Map() };
  }
  const query = queries.withRelations.get(variant);
  if (!query) throw new Error(`no query folds in a page of ${variant}`);
  const rows = await db.read(query, { ...common, ...pageParams(relations) });
  return { rows, nested: new Map() };
}

/** How many actors match the filter, all pages together. */
export async function actorsCount(db: Database, filter: ActorFilterValues): Promise<number> {
  const source = pageSourceOf(filter);
  if (source === 'actorsPageOfBody') {
    // Without a year, every stored window counts: the open ends bound them all.
    const [total] = await db.read(ACTORS_COUNT_OF_BODY, {
      ...params(filter, null),
      fromAtMost: filter.activeAt ?? WINDOW_OPEN_END,
      untilAtLeast: filter.activeAt ?? WINDOW_OPEN_START,
    });
    return total ?? 0;
  }
  const query = {
    actorsPageWithText: ACTORS_COUNT_WITH_TEXT,
    actorsPageInRegion: ACTORS_COUNT_IN_REGION,
    actorsPageNear: ACTORS_COUNT_NEAR,
    actorsPage: ACTORS_COUNT,
  }[source];
  const [total] = await db.read(query, params(filter, null));
  return total ?? 0;
}
