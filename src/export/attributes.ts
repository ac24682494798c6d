import type { ExportEdge, ExportNode } from './graph-query.js';

/** Scalar attribute values: what GEXF, GraphML and CSV cells can hold. */
export type Scalar = string | number | boolean;

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

function compact(record: Record<string, Scalar | null>): Record<string, Scalar> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, Scalar] => entry[1] !== null),
  );
}
