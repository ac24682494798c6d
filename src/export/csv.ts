import { stringify } from 'csv-stringify/sync';
import type { ExportGraph } from './graph-query.js';

// Gephi's spreadsheet import reads `id`/`label` (nodes) and `source`/`target` (edges) by name, and
// takes a column named `type` as directed/undirected: the relationship type is `relationType` here.
const NODE_COLUMNS = [
  'id',
  'label',
  'name',
  'acronym',
  'family',
  'kind',
  'scope',
  'country',
  'foundingYear',
  'disputed',
  'sources',
  'distance',
  'datasetVersion',
];
const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'relationType',
  'since',
  'until',
  'role',
  'disputed',
  'sources',
  'datasetVersion',
];

const OPTIONS = { header: true, cast: { boolean: (value: boolean) => String(value) } };

/** Nodes as CSV, one row each, `id` being the key. */
export function nodesCsv(graph: ExportGraph, version: string): string {
  const rows = graph.nodes.map((node) => ({
    ...node,
    id: node.key,
    label: node.acronym ?? node.name,
    sources: node.sources.join(';'),
    datasetVersion: version,
  }));
  return stringify(rows, { ...OPTIONS, columns: NODE_COLUMNS });
}

/** Edges as CSV, `source` and `target` naming node keys. */
export function edgesCsv(graph: ExportGraph, version: string): string {
  const rows = graph.edges.map((edge) => ({
    ...edge,
    relationType: edge.type,
    sources: edge.sources.join(';'),
    datasetVersion: version,
  }));
  return stringify(rows, { ...OPTIONS, columns: EDGE_COLUMNS });
}
