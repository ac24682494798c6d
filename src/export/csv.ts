import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { SOURCE_COLUMNS, sourceAttributes } from './attributes.js';
import { type ExportSource, eachOf, readAll } from './source.js';

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
  'description',
  'areas',
  'disputed',
  'note',
  'sources',
  'sourceUrls',
  'distance',
  'degree',
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
  'founding',
  'attested',
  'startYear',
  'endYear',
  'disputed',
  'note',
  'sources',
  'sourceUrls',
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
    areas: node.areas.join(';'),
    sources: node.sources.join(';'),
    sourceUrls: node.sourceUrls.join(';'),
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
    attested: edge.attested.join(';'),
    sources: edge.sources.join(';'),
    sourceUrls: edge.sourceUrls.join(';'),
    datasetVersion: version,
  }));
  return csvStream(rows, EDGE_COLUMNS);
}

/** The sources the selection's nodes and edges cite, one row each, `id` being the key they cite. */
export function sourcesCsv(source: ExportSource): Readable {
  const version = source.meta.datasetVersion;
  async function* rows() {
    await readAll(source);
    for (const cited of source.citedSources()) {
      yield { ...sourceAttributes(cited), datasetVersion: version };
    }
  }
  return csvStream(rows(), [...SOURCE_COLUMNS, 'datasetVersion']);
}
