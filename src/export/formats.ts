import type { Readable } from 'node:stream';
import { edgesCsv, nodesCsv, sourcesCsv } from './csv.js';
import { cytoscapeJson } from './cytoscape.js';
import { geoJson } from './geojson.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { graphologyJson } from './graphology-json.js';
import { jsonLd } from './jsonld.js';
import type { ExportMeta } from './meta.js';
import type { ExportSource } from './source.js';

interface Format {
  /** The file name served at /export/<fileName> and suggested for download. */
  fileName: string;
  contentType: string;
  /** Writes the export as it reads it: text chunks, pulled one after another. */
  write: (source: ExportSource) => AsyncIterable<string | Buffer> | Readable;
}

/** Every export format, by the name `--format` takes. */
export const FORMATS = {
  gexf: {
    fileName: 'graph.gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    write: gexf,
  },
  graphml: {
    fileName: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: graphml,
  },
  cytoscape: {
    fileName: 'graph.cyjs',
    contentType: 'application/json; charset=utf-8',
    write: cytoscapeJson,
  },
  graphology: {
    fileName: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    write: graphologyJson,
  },
  'nodes-csv': {
    fileName: 'nodes.csv',
    contentType: 'text/csv; charset=utf-8',
    write: nodesCsv,
  },
  'edges-csv': {
    fileName: 'edges.csv',
    contentType: 'text/csv; charset=utf-8',
    write: edgesCsv,
  },
  'sources-csv': {
    fileName: 'sources.csv',
    contentType: 'text/csv; charset=utf-8',
    write: sourcesCsv,
  },
  jsonld: {
    fileName: 'graph.jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    write: jsonLd,
  },
  geojson: {
    fileName: 'actors.geojson',
    contentType: 'application/geo+json; charset=utf-8',
    write: geoJson,
  },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** The format served at /export/<fileName>, if any. */
export function formatByFileName(fileName: string): FormatName | undefined {
  return (Object.keys(FORMATS) as FormatName[]).find((name) => FORMATS[name].fileName === fileName);
}

/** "solidarity-graph-mes-d2-3f2a9c1b0e4d-graph.gexf": what was exported, from which dataset version. */
export function downloadName(
  format: FormatName,
  meta: ExportMeta,
  keys: string[] | null,
  depth: number,
): string {
  const what = (keys ? `${keys.join('+')}-d${depth}` : 'all').replace(/[^a-zA-Z0-9+_-]/g, '_');
  return `solidarity-graph-${what.slice(0, 80)}-${meta.datasetVersion}-${FORMATS[format].fileName}`;
}
