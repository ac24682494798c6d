import type { Database } from '../db/database.js';
import { list, namedQuery, text } from '../db/query.js';
import { BOUNDS } from '../limits.js';
import { memberOfActiveAt, nodeActiveAt, RELATION_ACTIVE_AT } from '../model/active-at.js';
import { ABOVE_EVERY_KEY } from '../model/formats.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import { indexedRelations } from './relation-index.js';
import { isSmallNode } from './small-node.js';

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * The first `$limit` neighbours `m` of `f` along each relationship type and direction (`$types`,
 * null for all), each read from its index in the neighbour's key order: a hub costs a page per
 * type and direction, not its degree; only keys after `after` and up to `until`. Distinct because the model keeps one relationship per
 * (from, type, to). Simple predicates only: Neo4j plans these 26 branches slowly. In a year
 * (`inYear`), a step is kept when it held then (`YEAR_RULE`), checked as the index is read in
 * order, so a hub still stops after about `$limit` steps when most of them held.
 */
function neighbourReads(inYear: boolean): string {
  return ALL_TYPES.flatMap((type) =>
    (['INCOMING', 'OUTGOING'] as const).map((direction) => {
      const read = indexedRelations(type, direction, 'm:Entity', 'f.key');
      return `
      WITH f, after, until WHERE $types IS NULL OR '${type}' IN $types
      ${read.match} AND r.${read.otherEnd} > after AND r.${read.otherEnd} <= until${inYear ? stepHeld(type) : ''}
      WITH m, r ORDER BY r.${read.anchor}, r.${read.otherEnd} LIMIT $limit
      RETURN m`;
    }),
  ).join('\n      UNION ALL');
}

/** The `activeAt` rule of exports and metrics on a step `r` to `m`: both held in `$activeAt`. */
const YEAR_RULE = `
    WITH m, r, startNode(r) AS a, endNode(r) AS b
    WHERE ${RELATION_ACTIVE_AT} AND ${nodeActiveAt('m')}`;

/** `YEAR_RULE` on an indexed step of `type`: a MEMBER_OF's from its stored window, its ends unread. */
const stepHeld = (type: RelationType): string =>
  type === 'MEMBER_OF'
    ? `\n      AND ${memberOfActiveAt('r')} AND ${nodeActiveAt('m')}`
    : YEAR_RULE;

/**
 * The first `$limit` neighbours of each hub of `$keys` (in key order), read from the indexes; in a
 * year, those whose step held then. Its own statement, shared by `neighbors` and `subgraph`, rather
 * than a part of each: Neo4j takes seconds to plan its branches, so it is planned once for both,
 * after readiness (`warmLaterPlans`).
 */
const firstNeighboursOfHubsQuery = (inYear: boolean) =>
  namedQuery(
    inYear ? 'firstNeighboursInYear.hubs' : 'firstNeighbours.hubs',
    `
UNWIND $keys AS key
MATCH (f:Entity {key: key})
WITH key, f, $after[key] AS after, $until[key] AS until
CALL (f, after, until) {
  CALL (f, after, until) {${neighbourReads(inYear)}
  }
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m.key) AS near
}
RETURN key, near`,
    (row) => ({ key: text(row.key), near: list(text)(row.near) }),
  );

/**
 * The same for the small nodes of `$keys` (`small`), by walking their relationships of `$types`;
 * a hub comes back with `small` false and is read by `firstNeighboursOfHubs`.
 */
const firstNeighboursQuery = (inYear: boolean) =>
  namedQuery(
    inYear ? 'firstNeighboursInYear' : 'firstNeighbours',
    `
UNWIND $keys AS key
MATCH (f:Entity {key: key})
WITH key, f, ${isSmallNode('f')} AS small, $after[key] AS after, $until[key] AS until
CALL (f, small, after, until) {
  WITH f, after, until WHERE small
  MATCH (f)-[r]-(m:Entity)
  WHERE type(r) IN $types AND m.key > after AND m.key <= until${inYear ? YEAR_RULE : ''}
  WITH DISTINCT m ORDER BY m.key LIMIT $limit
  RETURN collect(m.key) AS near
}
RETURN key, small, near`,
    (row) => ({ key: text(row.key), small: row.small === true, near: list(text)(row.near) }),
  );

const FIRST_NEIGHBOURS = { any: firstNeighboursQuery(false), inYear: firstNeighboursQuery(true) };
const FIRST_NEIGHBOURS_OF_HUBS = {
  any: firstNeighboursOfHubsQuery(false),
  inYear: firstNeighboursOfHubsQuery(true),
};
/** Where a key's neighbours are read: after `after` and up to `until`, in key order. */
export interface KeyRange {
  after: string;
  until: string;
}

/** The `$after` and `$until` of the statements above: each key's range, every key by default. */
function rangeParams(keys: readonly string[], ranges: Record<string, KeyRange>) {
  const range = (key: string) => ranges[key] ?? { after: '', until: ABOVE_EVERY_KEY };
  return {
    after: Object.fromEntries(keys.map((key) => [key, range(key).after])),
    until: Object.fromEntries(keys.map((key) => [key, range(key).until])),
  };
}

const variant = (activeAt: number | null) => (activeAt === null ? 'any' : 'inYear');
// Only the statements in a year read `$activeAt`.
const yearOf = <T extends object>(params: T, activeAt: number | null) =>
  activeAt === null ? params : { ...params, activeAt };

/**
 * The `$near` parameter of `expansionCypher`: the first `limit` neighbours of each of `keys` along
 * `types` (all when null), by key; with `activeAt`, along steps that held in that year to nodes
 * that existed then; with `ranges`, a key's neighbours in its range only (the next ones after
 * those read). Nothing is read when `depth` is 0. One round trip, two when a key is a hub.
 */
export async function firstNeighbours(
  db: Database,
  keys: readonly string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
  activeAt: number | null = null,
  ranges: Record<string, KeyRange> = {},
): Promise<Record<string, string[]>> {
  if (depth < 1 || keys.length === 0) return {};
  const params = yearOf(
    { keys, types: seedTypesOf(types), limit, ...rangeParams(keys, ranges) },
    activeAt,
  );
  const rows = await db.read(FIRST_NEIGHBOURS[variant(activeAt)], params);
  const hubs = rows.filter((row) => !row.small).map((row) => row.key);
  const near = Object.fromEntries(rows.map((row) => [row.key, row.near]));
  if (hubs.length > 0)
    Object.assign(near, await firstNeighboursOfHubs(db, hubs, types, limit, activeAt, ranges));
  return near;
}

/** `firstNeighbours` read from the indexes, whatever the keys' degree (hubs, and the warm-up). */
export async function firstNeighboursOfHubs(
  db: Database,
  keys: readonly string[],
  types: RelationType[] | null,
  limit: number,
  activeAt: number | null = null,
  ranges: Record<string, KeyRange> = {},
): Promise<Record<string, string[]>> {
  const params = yearOf({ keys, types, limit, ...rangeParams(keys, ranges) }, activeAt);
  const rows = await db.read(FIRST_NEIGHBOURS_OF_HUBS[variant(activeAt)], params);
  return Object.fromEntries(rows.map((row) => [row.key, row.near]));
}

/**
 * Cypher for one breadth-first level: from the frontier `front{L-1}` and the nodes seen so far
 * `seen{L-1}`, the next frontier `front{L}` in key order, cut so that no more than `$limit` nodes are
 * seen in all; `cut{L}` says whether the limit stopped it. Each frontier node contributes at most
 * `$limit` neighbours (in key order), so a hub cannot flood a level; once the limit is full, the
 * level only checks whether anything is left out.
 */
function levelCypher(level: number, inYear: boolean, walkSeeds: boolean): string {
  const [front, seen, cut] = [`front${level - 1}`, `seen${level - 1}`, `cut${level - 1}`];
  // The seeds' neighbours were read by `firstNeighbours` (from the indexes when a seed is a hub,
  // in a year too) and come in `$near`; further levels are cut by then (a hub's first level fills
  // the limit) or reached from ordinary nodes, whose relationships are read and kept when they
  // held in the year.
  const neighbours =
    level === 1
      ? walkSeeds
        ? seedWalkCypher(inYear)
        : `UNWIND coalesce($near[f.key], []) AS nearKey
    MATCH (m:Entity {key: nearKey})`
      : `MATCH (f)-[r]-(m:Entity)
    WHERE $types IS NULL OR type(r) IN $types${inYear ? YEAR_RULE : ''}`;
  return `
CALL (${front}, ${seen}) {
  WITH ${front} AS frontier, ${seen} AS seen
  WHERE $depth >= ${level} AND size(seen) < $limit
  UNWIND frontier AS f
  CALL (f) {
    ${neighbours}
    WITH DISTINCT m ORDER BY m.key LIMIT $limit
    RETURN m
  }
  WITH m, seen WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.key
  RETURN collect(m) AS found${level}
}
CALL (${front}, ${seen}) {
  WITH ${front} AS frontier, ${seen} AS seen
  WHERE $depth >= ${level} AND size(seen) >= $limit
  UNWIND frontier AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen${inYear ? YEAR_RULE : ''}
  WITH m LIMIT 1
  RETURN count(m) > 0 AS left${level}
}
WITH *, found${level}[0..$limit - size(${seen})] AS front${level}
WITH *, ${seen} + front${level} AS seen${level},
  ${cut} OR left${level} OR size(found${level}) > size(front${level}) AS cut${level}`;
}

/**
 * A seed's first neighbours inside the expansion (`walkSeeds`): from `$near` when read beforehand,
 * else by walking a small seed's relationships of `$seedTypes` as `firstNeighbours` does (the
 * caller leaves no hub unread, `unreadHubsCypher`), which saves that statement's round trip.
 */
const seedWalkCypher = (inYear: boolean) => `CALL (f) {
      WITH f WHERE $near[f.key] IS NOT NULL
      UNWIND $near[f.key] AS nearKey
      MATCH (m:Entity {key: nearKey})
      RETURN m
      UNION ALL
      WITH f WHERE $near[f.key] IS NULL
      MATCH (f)-[r]-(m:Entity)
      WHERE type(r) IN $seedTypes${inYear ? YEAR_RULE : ''}
      RETURN m
    }`;

/** Cypher: the keys of the seeds `nodes` that `seedWalkCypher` must not walk (hubs not in `$near`). */
export const unreadHubsCypher = (nodes: string) =>
  `CASE WHEN $depth >= 1 THEN [n IN ${nodes} WHERE $near[n.key] IS NULL AND NOT ${isSmallNode('n')} | n.key] ELSE [] END`;

/** `$seedTypes` of `seedWalkCypher`: the relationship types `firstNeighbours` walks. */
export const seedTypesOf = (types: RelationType[] | null): RelationType[] => types ?? ALL_TYPES;

/**
 * A bounded breadth-first expansion inside one statement. The calling query binds `front0` and
 * `seen0` (the seed nodes, at most `$limit`) and `cut0`, and passes `$depth`, `$types`, `$limit`
 * and `$near` (`firstNeighbours` of the seeds' keys); afterwards `levels` lists the nodes reached at
 * each distance (seeds at 0) and `cut` says whether `$limit` left nodes out. `inYear` follows only
 * what held in `$activeAt` (the rule of exports), from the seeds on (`$near` read in that year).
 * `walkSeeds` reads a small seed missing from `$near` in the statement (`seedWalkCypher`).
 */
export function expansionCypher(inYear = false, walkSeeds = false): string {
  const last = Math.max(BOUNDS.subgraphDepth.max, BOUNDS.neighborDepth.max);
  const depths = Array.from({ length: last }, (_, index) => index + 1);
  return `${depths.map((level) => levelCypher(level, inYear, walkSeeds)).join('')}
WITH *, [${['front0', ...depths.map((d) => `front${d}`)].join(', ')}] AS levels, cut${last} AS cut`;
}
