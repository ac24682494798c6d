import type { Database } from '../db/database.js';
import { namedQuery, namedStatement } from '../db/query.js';
import { DomainError } from '../domain-error.js';
import { CAPS } from '../limits.js';
import { nodeActiveAt, RELATION_ACTIVE_AT } from '../model/active-at.js';
import {
  decodeEntities,
  decodeRelations,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import { type Entity, type Relation, relationId, startYearOf } from '../model/types.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import type { ExportOptions } from './options.js';

/** A node as exports write it: flat, scalar attributes only. */
export interface ExportNode {
  key: string;
  family: string;
  name: string;
  acronym: string | null;
  kind: string | null;
  scope: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  /** The seat's coordinates (WGS 84), from the gazetteer. */
  lat: number | null;
  lon: number | null;
  /** The year it starts (its founding, else its date): the start of its GEXF spell. */
  foundingYear: number | null;
  description: string | null;
  /** Countries (ISO 3166-1) and world regions (UN M49) a multi-country actor works across. */
  areas: string[];
  disputed: boolean;
  /** Why it is disputed, or what the sources say about it. */
  note: string | null;
  sources: string[];
  /** The URL of each source in `sources`, in the same order ("" for a source without one). */
  sourceUrls: string[];
  /** Steps from the nearest starting key; null in a whole-graph export. */
  distance: number | null;
  /** Its relationships in the whole graph, whatever the selection; null where not read. */
  degree: number | null;
}

/** A relationship as exports write it; `id` is "from|TYPE|to". */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string | null;
  until: string | null;
  role: string | null;
  /** A founding membership: a member from the body's founding. */
  founding: boolean;
  /** Years in which a source lists it. */
  attested: number[];
  /** The first and last year it holds by the rule of `activeAt` (null: open), its GEXF spell. */
  startYear: number | null;
  endYear: number | null;
  disputed: boolean;
  note: string | null;
  sources: string[];
  /** The URL of each source in `sources`, in the same order ("" for a source without one). */
  sourceUrls: string[];
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export const RELATION_OK = `($types IS NULL OR type(r) IN $types) AND ${RELATION_ACTIVE_AT}`;

export const WHOLE_GRAPH_KEYS = namedStatement(
  'exportWholeGraphKeys',
  `
MATCH (n:Entity) WHERE ${nodeActiveAt('n')}
RETURN n.key AS key, null AS distance
LIMIT $max + 1`,
);

// Both ends inside the exported set; ordered so that two exports of the same data are identical.
const NODES_AND_EDGES = namedQuery(
  'exportNodesAndEdges',
  `
CALL () {
  UNWIND $keys AS key
  MATCH (n:Entity {key: key})
  RETURN collect(${entityProjection('n')}) AS nodes
}
CALL () {
  UNWIND $keys AS key
  MATCH (a:Entity {key: key})-[r]->(b:Entity)
  WHERE b.key IN $keys AND type(r) IN $modelTypes AND ${RELATION_OK}
  WITH a, r, b ORDER BY a.key, type(r), b.key LIMIT $max + 1
  RETURN collect(${relationProjection('r')}) AS edges
}
RETURN nodes, edges`,
  (row) => ({ nodes: decodeEntities(row.nodes), edges: decodeRelations(row.edges) }),
);

export function toNode(
  entity: Entity,
  distance: Map<string, number | null>,
  degree: number | null = null,
): ExportNode {
  return {
    key: entity.key,
    family: entity.family,
    name: entity.name,
    acronym: entity.acronym ?? null,
    kind: entity.kind,
    scope: entity.scope ?? null,
    country: entity.country ?? null,
    region: entity.region ?? null,
    city: entity.city ?? null,
    lat: entity.coordinates?.lat ?? null,
    lon: entity.coordinates?.lon ?? null,
    foundingYear: startYearOf(entity) ?? null,
    description: entity.description ?? null,
    areas: entity.areas,
    disputed: entity.disputed,
    note: entity.note ?? null,
    sources: entity.sources,
    sourceUrls: [],
    distance: distance.get(entity.key) ?? null,
    degree,
  };
}

/** `startYear`: the first year it holds by the rule of `activeAt`, read with it (null: unknown). */
export function toEdge(relation: Relation, startYear: number | null = null): ExportEdge {
  return {
    id: relationId(relation),
    source: relation.from,
    target: relation.to,
    type: relation.type,
    since: relation.since?.value ?? null,
    until: relation.until?.value ?? null,
    role: relation.role ?? null,
    founding: relation.founding,
    attested: relation.attested,
    startYear: relation.since?.year ?? startYear,
    endYear: relation.until?.year ?? null,
    disputed: relation.disputed,
    note: relation.note ?? null,
    sources: relation.sources,
    sourceUrls: [],
  };
}

export function tooLarge(): DomainError {
  return new DomainError(
    'EXPORT_TOO_LARGE',
    `The export would hold more than ${CAPS.exportElements} nodes or edges: narrow it with keys, depth, types or activeAt`,
    { details: { limit: CAPS.exportElements } },
  );
}

/** The nodes and edges among the reached keys, read only when there are at most `max` edges. */
export async function readGraphAmong(
  db: Database,
  distance: Map<string, number | null>,
  filters: Pick<ExportOptions, 'types' | 'activeAt'>,
  max: number,
): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] } | 'over'> {
  const [row] = await db.read(NODES_AND_EDGES, {
    ...filters,
    max,
    keys: [...distance.keys()],
    modelTypes: Object.keys(RELATION_TYPES),
  });
  const edges = row?.edges ?? [];
  if (edges.length > max) return 'over';
  const nodes = (row?.nodes ?? [])
    .map((entity) => toNode(entity, distance))
    .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.key.localeCompare(b.key));
  return { nodes, edges: edges.map((edge) => toEdge(edge)) };
}
