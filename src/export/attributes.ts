import type { ExportEdge, ExportNode } from './graph-query.js';
import type { ExportMeta } from './meta.js';

/** Scalar attribute values: what GEXF, GraphML and CSV cells can hold. */
export type Scalar = string | number | boolean;

/** The type of each attribute, declared before the first element since a stream cannot look ahead. */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';

export const NODE_ATTRIBUTE_TYPES = {
  key: 'string',
  label: 'string',
  name: 'string',
  acronym: 'string',
  family: 'string',
  kind: 'string',
  scope: 'string',
  country: 'string',
  region: 'string',
  city: 'string',
  latitude: 'double',
  longitude: 'double',
  foundingYear: 'integer',
  disputed: 'boolean',
  sources: 'string',
  distance: 'integer',
} as const satisfies Record<string, AttributeType>;

export const EDGE_ATTRIBUTE_TYPES = {
  type: 'string',
  since: 'string',
  until: 'string',
  role: 'string',
  disputed: 'boolean',
  sources: 'string',
} as const satisfies Record<string, AttributeType>;

/** A node's attributes as flat scalars; missing values are left out, lists joined with ";". */
export function nodeAttributes(node: ExportNode): Record<string, Scalar> {
  return compact({
    key: node.key,
    label: node.acronym ?? node.name,
    name: node.name,
    acronym: node.acronym,
    family: node.family,
    kind: node.kind,
    scope: node.scope,
    country: node.country,
    region: node.region,
    city: node.city,
    latitude: node.lat,
    longitude: node.lon,
    foundingYear: node.foundingYear,
    disputed: node.disputed,
    sources: node.sources.join(';'),
    distance: node.distance,
  });
}

/** An edge's attributes as flat scalars. */
export function edgeAttributes(edge: ExportEdge): Record<string, Scalar> {
  return compact({
    type: edge.type,
    since: edge.since,
    until: edge.until,
    role: edge.role,
    disputed: edge.disputed,
    sources: edge.sources.join(';'),
  });
}

/** The export's own attributes (GEXF meta, GraphML graph data, graphology graph attributes). */
export function graphAttributes(meta: ExportMeta): Record<string, string> {
  return {
    creator: 'solidarity-graph',
    title: meta.title,
    description: meta.citation,
    datasetVersion: meta.datasetVersion,
    exportedAt: meta.exportedAt,
    licence: meta.licence,
    selection: meta.selection,
  };
}

function compact(record: Record<string, Scalar | null>): Record<string, Scalar> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, Scalar] => entry[1] !== null),
  );
}
