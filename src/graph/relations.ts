import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { DecodeError, list, namedQuery, num, text } from '../db/query.js';
import { memberOfActiveAt, relationActiveAt } from '../model/active-at.js';
import {
  decodeEntityKeyKind,
  decodeEntityRow,
  decodeRelationRow,
  entityKeyKindProjection,
  entityProjection,
  type ReadBriefness,
  relationProjection,
  WHOLE_READS,
} from '../model/projection.js';
import { relationFromBrief } from '../model/storage.js';
import type { EntityRow, RelationRow } from '../model/types.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import type { RelationCursor } from './relation-cursor.js';
import { indexedRelations } from './relation-index.js';
import { isSmallNode } from './small-node.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Which relationships of a node to list; one DataLoader exists per distinct spec. */
export interface RelationSpec {
  types: RelationType[] | null;
  direction: Direction;
  /** Keep only relationships that held in this year. */
  activeAt: number | null;
  /** The page: relationships ordered by type, the other end's key, then the start's key; after this one. */
  after: RelationCursor | null;
  limit: number;
  /** Read the other ends (`nodes`) or the relationships briefly: the selection reads no more. */
  brief: ReadBriefness;
  /** Any-type pages only: also each other end's degree over every type (`otherDegree`). */
  otherDegrees?: boolean;
}

/** The relationship part of a spec, without the page: what a count depends on. */
export type RelationFilter = Omit<RelationSpec, 'after' | 'limit' | 'brief'>;

/**
 * One relationship seen from a node: the relationship and the node at its other end, each brief
 * when the spec read it briefly.
 */
export interface RelationEdge<R extends RelationRow = RelationRow> {
  relation: R;
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityRow;
  /** The other end's relationships of every type both ways, when the spec asked `otherDegrees`. */
  otherDegree?: number;
}

const ALL_TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/** How many relationships of every type `node` has both ways: a degree kept by the store. */
const everyTypeDegree = (node: string) => `COUNT { (${node})-[:${ALL_TYPES.join('|')}]-() }`;

/**
 * The parameters of a page subquery carry the prefix of its scope, so a page subquery fits in a
 * query with filters of its own (`page…`), and a second one in the same query one level down
 * (`nested…`). Every fragment below takes the scope and names its parameters through it.
 */
export type PageScope = 'page' | 'nested';

/** The name of a page subquery's parameter `name` in `scope` (without the `$`). */
const paramName = (scope: PageScope, name: string) => `${scope}${name}`;
/** The parameter `name` of `scope`, as Cypher reads it. */
const param = (scope: PageScope, name: string) => `$${paramName(scope, name)}`;

const activeAt = (scope: PageScope) => relationActiveAt(param(scope, 'ActiveAt'));
const otherEndProjection = (scope: PageScope) =>
  entityProjection('other', param(scope, 'BriefOther'), param(scope, 'KeysOther'));
// A pair rather than a map: pages are the bulk of what reads return, and a list has no names to decode.
const edge = (scope: PageScope) =>
  `[${relationProjection('r', param(scope, 'BriefRelation'))}, ${otherEndProjection(scope)}]`;
// A one-type page's brief relationship is its other end's stored key alone: the page knows its
// type, and its anchor is the node whose page it is (`oneTypeRelation` puts it back together).
// When the other ends are read for their keys alone too, that key is theirs as well: the edge is
// `[otherKey, kind]` (labels added for an unknown kind), most of a nested page's values gone.
// A statement of the `keys` shape reads that edge alone, without the `CASE` every row pays, from
// the key and kind bound once a row (`keysRow`): written in the edge, Neo4j read each property
// again wherever it was named (three reads a row, and its Neo4j CPU about a fifth higher on b.).
const oneTypeEdge = (scope: PageScope, otherEndKey: string, shape: EdgeShape) => {
  if (shape === 'keys') return entityKeyKindProjection('other', 'otherKey', 'kind');
  const keyKind = entityKeyKindProjection('other', `r.${otherEndKey}`);
  const keysOnly = ['BriefRelation', 'BriefOther', 'KeysOther'].map((name) => param(scope, name));
  return `CASE WHEN ${keysOnly.join(' AND ')} THEN ${keyKind} ELSE [CASE WHEN ${param(scope, 'BriefRelation')} THEN r.${otherEndKey} ELSE ${relationProjection('r')} END, ${otherEndProjection(scope)}] END`;
};

/** A keys-only page's row: the other end's key (from the relationship) and kind, each read once. */
const keysRow = (otherEndKey: string) => `
  WITH other, r.${otherEndKey} AS otherKey, other.kind AS kind`;

/**
 * How a one-type page's statement writes its edges: `keys` when the spec reads brief relationships
 * and the other ends' keys alone (the `CASE` of `oneTypeEdge` as a text of its own), `any` for a
 * text that serves every briefness.
 */
export type EdgeShape = 'keys' | 'any';

export function edgeShapeOf(brief: ReadBriefness): EdgeShape {
  return brief.relations && brief.nodes && brief.nodeKeys === true ? 'keys' : 'any';
}

/** True when `(type(r), otherKey, fromKey)` comes after the cursor `…After`, or there is none. */
function afterCursor(scope: PageScope): string {
  const after = param(scope, 'After');
  return `(${after} IS NULL OR type(r) > ${after}.type OR (type(r) = ${after}.type AND (
    otherKey > ${after}.otherKey OR (otherKey = ${after}.otherKey AND fromKey > ${after}.fromKey))))`;
}

/** The parameter that says where the (type, direction) read of an any-type page starts. */
function startParam(scope: PageScope, type: RelationType, direction: 'INCOMING' | 'OUTGOING') {
  return paramName(scope, `From_${type}_${direction === 'INCOMING' ? 'in' : 'out'}`);
}

/** Past every key: a (type, direction) read that starts here reads nothing. */
export const PAST_EVERY_KEY = '\u{10FFFF}';

/**
 * One (type, direction) read of an any-type page: at most a page (and the cursor's own row) from
 * the type's index, in the other end's key order, from its start parameter. Its predicates stay
 * simple on purpose: Neo4j's planning time grows with them, times 24 branches (with the cursor
 * and `activeAt` rules in each, several seconds).
 */
function indexedRead(
  scope: PageScope,
  type: RelationType,
  direction: 'INCOMING' | 'OUTGOING',
): string {
  const { anchor, otherEnd, match } = indexedRelations(type, direction, 'other', 'n.key');
  return `
    ${match} AND r.${otherEnd} >= $${startParam(scope, type, direction)}
    WITH r, other WHERE other:Entity
    WITH r, other ORDER BY r.${anchor}, r.${otherEnd}
    LIMIT ${param(scope, 'Limit')} + 1
    RETURN r, other, r.${otherEnd} AS otherKey, r.fromKey AS fromKey`;
}

/**
 * The page among the rows `r, other, otherKey, fromKey` that the reads found: after the cursor;
 * with `…OtherDegrees`, each other end's degree too (a timeline's `timelineTruncated` of its
 * other ends, counted where the page is read instead of by a read of their keys afterwards).
 */
function pageOfFound(scope: PageScope): string {
  const degree = `CASE WHEN ${param(scope, 'OtherDegrees')} THEN ${everyTypeDegree('other')} END`;
  return `
  WITH r, other, otherKey, fromKey WHERE ${afterCursor(scope)}
  WITH r, other ORDER BY type(r), otherKey, fromKey
  LIMIT ${param(scope, 'Limit')}
  RETURN collect(${edge(scope)} + [${degree}]) AS edges`;
}

/**
 * Any types and directions, without a year: each (type, direction) reads at most a page from its index, from
 * the cursor `…After` (the start parameters skip the ones the spec leaves out); the page is
 * the first `…Limit` after the cursor among them, so it costs at most a page per type and
 * direction, even on a hub.
 */
function pageOfAnyTypes(scope: PageScope): string {
  const reads = ALL_TYPES.flatMap((type) => [
    indexedRead(scope, type, 'OUTGOING'),
    indexedRead(scope, type, 'INCOMING'),
  ]);
  return `
CALL (n) {
  CALL (n) {${reads.join('\n    UNION ALL')}
  }${pageOfFound(scope)}
}`;
}

/**
 * Every relationship `r` of node `n` (to `other`) of the types and directions asked
 * (`…Types`, `…Outgoing`, `…Incoming`) that held in `…ActiveAt`: one directed
 * branch per direction, each guarded by its parameter. Linear in the node's degree: the year rule
 * cannot be read from an index. Pages and counts in a year both read these.
 */
function relationsInYear(scope: PageScope): string {
  const branch = (guard: string, pattern: string, start: string, end: string) => `
    WITH n WHERE ${param(scope, guard)}
    MATCH ${pattern} WHERE type(r) IN ${param(scope, 'Types')}
    WITH r, other, ${start} AS a, ${end} AS b WHERE ${activeAt(scope)}
    RETURN r, other, other.key AS otherKey, a.key AS fromKey`;
  return `
  CALL (n) {${branch('Outgoing', '(n)-[r]->(other:Entity)', 'n', 'other')}
    UNION ALL${branch('Incoming', '(n)<-[r]-(other:Entity)', 'other', 'n')}
  }`;
}

/** Any types and directions in a year: the node's relationships that held then, after the cursor. */
function pageOfAnyTypesInYear(scope: PageScope): string {
  return `
CALL (n) {${relationsInYear(scope)}${pageOfFound(scope)}
}`;
}

/** Where each (type, direction) read of an any-type page starts, for `spec`. */
function startKeys(spec: RelationSpec, scope: PageScope): Record<string, string> {
  const { types, outgoing, incoming } = directions(spec);
  const start = (type: RelationType, asked: boolean) => {
    if (!asked || !types.includes(type)) return PAST_EVERY_KEY;
    if (!spec.after || spec.after.type < type) return '';
    return spec.after.type === type ? spec.after.otherKey : PAST_EVERY_KEY;
  };
  return Object.fromEntries(
    ALL_TYPES.flatMap((type) => [
      [startParam(scope, type, 'OUTGOING'), start(type, outgoing)],
      [startParam(scope, type, 'INCOMING'), start(type, incoming)],
    ]),
  );
}

/**
 * One type, one direction: the node's relationships read from the (anchor key, other key) index
 * of that type in the other end's key order, from `…AfterKey`, stopping at the page's end, so a
 * page costs the same on a hub as on a leaf. Binds `edges`, and `otherKeys` for a page one level
 * down (not in the `nested` scope, the last level: one aggregation a page that nothing read).
 */
function pageOfOneType(
  scope: PageScope,
  type: RelationType,
  direction: 'INCOMING' | 'OUTGOING',
  shape: EdgeShape,
  keyVariable?: string,
): string {
  const anchorKey = keyVariable ?? 'n.key';
  const { anchor, otherEnd, match } = indexedRelations(type, direction, 'other', anchorKey);
  const ends =
    direction === 'INCOMING' ? 'other AS a, endNode(r) AS b' : 'startNode(r) AS a, other AS b';
  return `
CALL (${keyVariable ?? 'n'}) {
  ${match} AND r.${otherEnd} > ${param(scope, 'AfterKey')}
  WITH r, other, ${ends} WHERE other:Entity AND ${activeAt(scope)}
  WITH r, other ORDER BY r.${anchor}, r.${otherEnd}
  LIMIT ${param(scope, 'Limit')}${shape === 'keys' ? keysRow(otherEnd) : ''}
  RETURN collect(${oneTypeEdge(scope, otherEnd, shape)}) AS edges${scope === 'nested' ? '' : `, collect(${shape === 'keys' ? 'otherKey' : `r.${otherEnd}`}) AS otherKeys`}
}`;
}

/** How a spec's page is read: any types (without or with a year), or one type and direction. */
export type PageVariant = 'any' | 'anyInYear' | `${RelationType}.${'in' | 'out'}`;

export const PAGE_VARIANTS: PageVariant[] = [
  'any',
  'anyInYear',
  ...ALL_TYPES.flatMap((type) => [`${type}.in`, `${type}.out`] as const),
];

export function pageVariantOf(
  spec: Pick<RelationSpec, 'types' | 'direction' | 'activeAt'>,
): PageVariant {
  const [type, ...others] = spec.types ?? [];
  if (!type || others.length > 0 || spec.direction === 'BOTH') {
    return spec.activeAt === null ? 'any' : 'anyInYear';
  }
  return `${type}.${spec.direction === 'INCOMING' ? 'in' : 'out'}`;
}

/**
 * The variants a parent's query can fold in: the fixed connection fields. Not the any-type page:
 * its plan takes seconds to make, and each query that includes it would pay that again.
 */
export const PREFETCH_VARIANTS: PageVariant[] = [
  'MEMBER_OF.in',
  'MEMBER_OF.out',
  'PARTICIPATES_IN.out',
  'PARTICIPATES_IN.in',
];

/** Whether a parent's query can fold in the page `spec` asks for. */
export function canPrefetch(spec: RelationSpec): boolean {
  return PREFETCH_VARIANTS.includes(pageVariantOf(spec));
}

/**
 * The subquery that binds `edges`, the page of node `n`'s relationships, for a variant (with the
 * `keys` shape, a one-type variant's keys-only edges); its parameters are those of `scope`
 * (`pageParams` with the same scope gives them). With `keyVariable`, a one-type page of the node
 * whose key that variable holds, the node itself not matched: the index is read by key alone.
 */
export function relationPageCall(
  variant: PageVariant,
  scope: PageScope = 'page',
  shape: EdgeShape = 'any',
  keyVariable?: string,
): string {
  const oneType = variant !== 'any' && variant !== 'anyInYear';
  if (!oneType && (shape === 'keys' || keyVariable !== undefined)) {
    throw new Error(
      `keys-only edges and key anchors are read by one-type pages only, not ${variant}`,
    );
  }
  if (variant === 'any') return pageOfAnyTypes(scope);
  if (variant === 'anyInYear') return pageOfAnyTypesInYear(scope);
  const [type, way] = variant.split('.') as [RelationType, 'in' | 'out'];
  return pageOfOneType(scope, type, way === 'in' ? 'INCOMING' : 'OUTGOING', shape, keyVariable);
}

/**
 * The parameters of a page subquery of `variant` (the spec's own by default) in `scope`: only
 * those it reads.
 */
export function pageParams(
  spec: RelationSpec,
  variant: PageVariant = pageVariantOf(spec),
  scope: PageScope = 'page',
): Record<string, unknown> {
  // A loop rather than fromEntries: an object built from entries is a slow dictionary to read.
  const named = (values: Record<string, unknown>) => {
    const params: Record<string, unknown> = {};
    for (const name in values) params[paramName(scope, name)] = values[name];
    return params;
  };
  const common = {
    Limit: spec.limit,
    BriefOther: spec.brief.nodes,
    KeysOther: spec.brief.nodeKeys === true,
    BriefRelation: spec.brief.relations,
  };
  const otherDegrees = spec.otherDegrees ?? false;
  if (variant === 'any') {
    return {
      ...named({ ...common, After: spec.after, OtherDegrees: otherDegrees }),
      ...startKeys(spec, scope),
    };
  }
  if (variant === 'anyInYear') {
    const { types, outgoing, incoming } = directions(spec);
    return named({
      ...common,
      Types: types,
      Outgoing: outgoing,
      Incoming: incoming,
      ActiveAt: spec.activeAt,
      After: spec.after,
      OtherDegrees: otherDegrees,
    });
  }
  if (otherDegrees) throw new Error(`otherDegrees is read by any-type pages only, not ${variant}`);
  // The indexed variants have one type, so the cursor's other key is where they resume.
  return named({ ...common, ActiveAt: spec.activeAt, AfterKey: spec.after?.otherKey ?? '' });
}

/** A one-type page's brief relationship (`oneTypeEdge`): the page's type, between `key` and `otherKey`. */
function oneTypeRelation(key: string, otherKey: string, variant: PageVariant | undefined) {
  const [type, way] = variant?.split('.') ?? [];
  if (!type || !way)
    throw new DecodeError(`a relationship as a key is read from a one-type page only`);
  return way === 'out'
    ? relationFromBrief(type, key, otherKey)
    : relationFromBrief(type, otherKey, key);
}

/**
 * Decodes one item of a page subquery's `edges` as seen from the node with `key`, read by a
 * statement of `variant` (which a one-type page's brief relationships need).
 */
function decodeEdge(key: string, item: Plain, variant?: PageVariant): RelationEdge {
  const [rel, other, degree] = Array.isArray(item) ? item : [];
  // A keys-only one-type edge: the other end's key, its kind (a string or null), its labels.
  if (typeof rel === 'string' && (typeof other === 'string' || other === null)) {
    const relation = oneTypeRelation(key, rel, variant);
    const direction = relation.from === key ? 'OUTGOING' : 'INCOMING';
    return { relation, direction, other: decodeEntityKeyKind(rel, other, degree) };
  }
  const relation =
    typeof rel === 'string' ? oneTypeRelation(key, rel, variant) : decodeRelationRow(rel);
  return {
    relation,
    direction: relation.from === key ? 'OUTGOING' : 'INCOMING',
    other: decodeEntityRow(other),
    ...(degree === null || degree === undefined ? {} : { otherDegree: num(degree) }),
  };
}

/** Decodes a page subquery's `edges` as seen from the node with `key`, read as `variant`. */
export function decodeEdges(
  key: string,
  value: Plain | undefined,
  variant?: PageVariant,
): RelationEdge[] {
  return list((item: Plain) => decodeEdge(key, item, variant))(value);
}

// One row per relationship, not a list per key: the driver decodes the strings of a record larger
// than a chunk part by part, so a hub's page of 1,000 whole rows as one record decoded slowly.
const RELATIONS_OF_KEYS = new Map(
  PAGE_VARIANTS.map((variant) => [
    variant,
    namedQuery(
      variant === 'any' ? 'relationsOfKeys.hubs' : `relationsOfKeys.${variant}`,
      `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
${relationPageCall(variant)}
UNWIND edges AS edge
RETURN key, edge`,
      (row) => {
        const key = text(row.key);
        return { key, edge: decodeEdge(key, row.edge ?? null, variant) };
      },
    ),
  ]),
);

// Without a year, each count is the node's degree for one type and direction, kept by the store.
// Every type both ways (`timelineTruncated`, an unfiltered `totalCount`) is one degree over the
// type union: it walks a small node's relationships once, where the sum walks them per type.
const RELATION_COUNTS = namedQuery(
  'relationCounts',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, CASE WHEN $everyType THEN ${everyTypeDegree('n')} ELSE
  ${ALL_TYPES.flatMap((type) => [
    `CASE WHEN $outgoing AND '${type}' IN $types THEN COUNT { (n)-[:${type}]->() } ELSE 0 END`,
    `CASE WHEN $incoming AND '${type}' IN $types THEN COUNT { (n)<-[:${type}]-() } ELSE 0 END`,
  ]).join(' +\n  ')} END AS total`,
  (row) => ({ key: text(row.key), total: num(row.total) }),
);

const RELATION_COUNTS_ACTIVE_AT = namedQuery(
  'relationCountsActiveAt',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {${relationsInYear('page')}
  RETURN count(r) AS total
}
RETURN key, total`,
  (row) => ({ key: text(row.key), total: num(row.total) }),
);

// MEMBER_OF in a year: the relation rule's stored window (`relFrom`, `relUntil`, kept by every
// writer), read from its index both ways, so a hub's count in a year does not read its members.
const MEMBER_OF_COUNTS_ACTIVE_AT = namedQuery(
  'relationCountsActiveAt.MEMBER_OF',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key,
  CASE WHEN $incoming THEN COUNT {
    MATCH ()-[r:MEMBER_OF]->()
    USING INDEX r:MEMBER_OF(toKey, relFrom, relUntil)
    WHERE r.toKey = key AND ${memberOfActiveAt('r')}
  } ELSE 0 END +
  CASE WHEN $outgoing THEN COUNT {
    MATCH ()-[r:MEMBER_OF]->()
    USING INDEX r:MEMBER_OF(fromKey, relFrom, relUntil)
    WHERE r.fromKey = key AND ${memberOfActiveAt('r')}
  } ELSE 0 END AS total`,
  (row) => ({ key: text(row.key), total: num(row.total) }),
);

/** The relationship types to follow out of and into each node, as the branches' guards read them. */
function directions(spec: Pick<RelationSpec, 'types' | 'direction'>) {
  return {
    types: spec.types ?? ALL_TYPES,
    outgoing: spec.direction !== 'INCOMING',
    incoming: spec.direction !== 'OUTGOING',
  };
}

/**
 * The any-type page of each small node of `$keys` (`small`), by walking its relationships with the
 * year rule's statement and no year: it plans in a tenth of a second, the indexed one in seconds.
 * A hub comes back with `small` false, to be read from the indexes.
 */
const ANY_TYPE_PAGE_OF_SMALL_NODES = namedQuery(
  'relationsOfKeys',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WITH key, n, ${isSmallNode('n')} AS small
OPTIONAL CALL (n, small) {
  WITH n WHERE small
${relationPageCall('anyInYear')}
  RETURN edges
}
RETURN key, small, edges`,
  (row) => {
    const key = text(row.key);
    return { key, small: row.small === true, edges: decodeEdges(key, row.edges ?? []) };
  },
);

/**
 * A page of the relationships of each key matching `spec`, in key order: one round trip, two for
 * an any-type page when a key is a hub.
 */
export async function relationsOfKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
): Promise<RelationEdge[][]> {
  const variant = pageVariantOf(spec);
  if (variant !== 'any') return relationPages(db, keys, spec, variant);
  const rows = await db.read(ANY_TYPE_PAGE_OF_SMALL_NODES, {
    keys,
    ...pageParams({ ...spec, activeAt: null }, 'anyInYear'),
  });
  const byKey = new Map(rows.map((row) => [row.key, row.edges]));
  const hubs = rows.filter((row) => !row.small).map((row) => row.key);
  if (hubs.length > 0) {
    const pages = await relationPages(db, hubs, spec, 'any');
    for (const [index, key] of hubs.entries()) byKey.set(key, pages[index] ?? []);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The pages of `variant`'s statement (the any-type one read from the indexes, even on small nodes). */
export async function relationPages(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
  variant: PageVariant,
): Promise<RelationEdge[][]> {
  const query = RELATIONS_OF_KEYS.get(variant);
  if (!query) throw new Error(`no page query for ${variant}`);
  const rows = await db.read(query, { keys, ...pageParams(spec, variant) });
  const byKey = new Map<string, RelationEdge[]>();
  for (const row of rows) {
    const edges = byKey.get(row.key);
    if (edges) edges.push(row.edge);
    else byKey.set(row.key, [row.edge]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** How many relationships of each key match the filter (all pages), in one round trip. */
export async function relationCountsOfKeys(
  db: Database,
  keys: readonly string[],
  filter: RelationFilter,
): Promise<number[]> {
  const [query, params] = countStatement(keys, filter);
  const rows = await db.read(query, params);
  const byKey = new Map(rows.map((row) => [row.key, row.total]));
  return keys.map((key) => byKey.get(key) ?? 0);
}

/** The count statement for `filter` and its parameters: MEMBER_OF in a year from its window. */
function countStatement(keys: readonly string[], filter: RelationFilter) {
  const memberOfOnly = filter.types?.length === 1 && filter.types[0] === 'MEMBER_OF';
  if (filter.activeAt !== null && memberOfOnly) {
    const { outgoing, incoming } = directions(filter);
    const params = { keys, outgoing, incoming, activeAt: filter.activeAt };
    return [MEMBER_OF_COUNTS_ACTIVE_AT, params] as const;
  }
  if (filter.activeAt === null) {
    const everyType = filter.types === null && filter.direction === 'BOTH';
    return [RELATION_COUNTS, { keys, everyType, ...directions(filter) }] as const;
  }
  // The year's count reads what a page in that year reads, with the page's parameters.
  const params = {
    keys,
    ...directions(filter),
    ...pageParams({ ...filter, after: null, limit: 0, brief: WHOLE_READS }, 'anyInYear'),
  };
  return [RELATION_COUNTS_ACTIVE_AT, params] as const;
}

// Founders: FOUNDED, or a founding membership (the model's one encoding of "founding member"),
// each read from an index, so a hub's founders do not cost a read of all its members.
const FOUNDERS_OF_KEYS = namedQuery(
  'foundersOfKeys',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CALL (n) {
  CALL (n) {
    MATCH (other:Entity)-[r:FOUNDED]->(n)
    USING INDEX r:FOUNDED(toKey, fromKey)
    WHERE r.toKey = n.key AND r.fromKey IS NOT NULL
    RETURN r, other
    UNION ALL
    MATCH (other:Entity)-[r:MEMBER_OF]->(n)
    USING INDEX r:MEMBER_OF(founding, toKey, fromKey)
    WHERE r.founding = true AND r.toKey = n.key AND r.fromKey IS NOT NULL
    RETURN r, other
  }
  WITH r, other ORDER BY other.key, type(r)
  LIMIT $limit
  RETURN collect(${edge('page')}) AS edges
}
RETURN key, edges`,
  (row) => {
    const key = text(row.key);
    return { key, edges: decodeEdges(key, row.edges) };
  },
);

/** The founders of each key (at most `limit` each), in key order, in one round trip. */
export async function foundersOfKeys(
  db: Database,
  keys: readonly string[],
  limit: number,
): Promise<RelationEdge[][]> {
  const rows = await db.read(FOUNDERS_OF_KEYS, {
    keys,
    limit,
    pageBriefOther: WHOLE_READS.nodes,
    pageKeysOther: false,
    pageBriefRelation: WHOLE_READS.relations,
  });
  const byKey = new Map(rows.map((row) => [row.key, row.edges]));
  return keys.map((key) => byKey.get(key) ?? []);
}
