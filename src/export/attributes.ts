import type { Source } from '../model/types.js';
import type { ExportEdge, ExportNode } from './graph-query.js';
import type { ExportMeta } from './meta.js';
import type { ExportSource } from './source.js';

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
  description: 'string',
  areas: 'string',
  disputed: 'boolean',
  note: 'string',
  sources: 'string',
  sourceUrls: 'string',
  distance: 'integer',
  degree: 'integer',
} as const satisfies Record<string, AttributeType>;

export const EDGE_ATTRIBUTE_TYPES = {
  type: 'string',
  since: 'string',
  until: 'string',
  role: 'string',
  founding: 'boolean',
  attested: 'string',
  startYear: 'integer',
  endYear: 'integer',
  disputed: 'boolean',
  note: 'string',
  sources: 'string',
  sourceUrls: 'string',
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
    description: node.description,
    areas: joined(node.areas),
    disputed: node.disputed,
    note: node.note,
    sources: node.sources.join(';'),
    sourceUrls: joined(node.sourceUrls),
    distance: node.distance,
    degree: node.degree,
  });
}

/** An edge's attributes as flat scalars. */
export function edgeAttributes(edge: ExportEdge): Record<string, Scalar> {
  return compact({
    type: edge.type,
    since: edge.since,
    until: edge.until,
    role: edge.role,
    founding: edge.founding,
    attested: joined(edge.attested),
    startYear: edge.startYear,
    endYear: edge.endYear,
    disputed: edge.disputed,
    note: edge.note,
    sources: edge.sources.join(';'),
    sourceUrls: joined(edge.sourceUrls),
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

/** A list as one cell, ";"-separated in its order; null when empty (the attribute is left out). */
function joined(values: (string | number)[]): string | null {
  return values.length > 0 ? values.join(';') : null;
}

/** The sources table's columns (sources.csv) and what every format says of a source. */
export const SOURCE_COLUMNS = ['id', 'title', 'url', 'publisher', 'language', 'accessed'] as const;

export function sourceAttributes(source: Source): Record<(typeof SOURCE_COLUMNS)[number], string> {
  return {
    id: source.key,
    title: source.title,
    url: source.url ?? '',
    publisher: source.publisher ?? '',
    language: source.language ?? '',
    accessed: source.accessed ?? '',
  };
}

/** The cited sources described, one at a time: for the end of a file, once its elements are read. */
export async function* describedSources(source: ExportSource) {
  yield* source.citedSources().map(sourceAttributes);
}

// A loop, not entries filtered into a new object: three fewer arrays per element of a large export.
function compact(record: Record<string, Scalar | null>): Record<string, Scalar> {
  const kept: Record<string, Scalar> = {};
  for (const name in record) {
    const value = record[name] as Scalar | null;
    if (value !== null) kept[name] = value;
  }
  return kept;
}
