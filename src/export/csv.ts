import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { ExportSource } from './source.js';
import { eachOf } from './source.js';

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
  'region',
  'city',
  'lat',
  'lon',
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

/** Rows through csv-stringify's stream API; an error in the rows destroys the output with it. */
function csvStream(rows: AsyncIterable<Record<string, unknown>>, columns: string[]): Readable {
  // pipeline forwards the error to the last stream, whose reader then fails: nothing to do here.
  return pipeline(Readable.from(rows), stringify({ ...OPTIONS, columns }), () => {});
}

/** Nodes as CSV, one row each, `id` being the key. */
export function nodesCsv(source: ExportSource): Readable {
  const version = source.meta.datasetVersion;
  const rows = eachOf(source.nodes(), (node) => ({
    ...node,
    id: node.key,
    label: node.acronym ?? node.name,
    sources: node.sources.join(';'),
    datasetVersion: version,
  }));
  return csvStream(rows, NODE_COLUMNS);
}

/** Edges as CSV, `source` and `target` naming node keys. */
export function edgesCsv(source: ExportSource): Readable {
  const version = source.meta.datasetVersion;
  const rows = eachOf(source.edges(), (edge) => ({
    ...edge,
    relationType: edge.type,
    sources: edge.sources.join(';'),
    datasetVersion: version,
  }));
  return csvStream(rows, EDGE_COLUMNS);
}
