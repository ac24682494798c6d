import { write as writeGexf } from 'graphology-gexf';
import { edgesCsv, nodesCsv } from './csv.js';
import { toCytoscape } from './cytoscape.js';
import type { ExportGraph } from './graph-query.js';
import { writeGraphml } from './graphml.js';
import { toJsonLd } from './jsonld.js';
import type { ExportMeta } from './meta.js';
import { toGraphology } from './to-graphology.js';

interface Format {
  /** The file name served at /export/<fileName> and suggested for download. */
  fileName: string;
  contentType: string;
  write: (graph: ExportGraph, meta: ExportMeta) => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every export format, by the name `--format` takes. */
export const FORMATS = {
  gexf: {
    fileName: 'graph.gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    write: (graph, meta) => writeGexf(toGraphology(graph, meta), { version: '1.3' }),
  },
  graphml: {
    fileName: 'graph.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: (graph, meta) => writeGraphml(toGraphology(graph, meta)),
  },
  cytoscape: {
    fileName: 'graph.cyjs',
    contentType: 'application/json; charset=utf-8',
    write: (graph, meta) => json(toCytoscape(graph, meta)),
  },
  graphology: {
    fileName: 'graph.json',
    contentType: 'application/json; charset=utf-8',
    write: (graph, meta) => json(toGraphology(graph, meta).export()),
  },
  'nodes-csv': {
    fileName: 'nodes.csv',
    contentType: 'text/csv; charset=utf-8',
    write: (graph, meta) => nodesCsv(graph, meta.datasetVersion),
  },
  'edges-csv': {
    fileName: 'edges.csv',
    contentType: 'text/csv; charset=utf-8',
    write: (graph, meta) => edgesCsv(graph, meta.datasetVersion),
  },
  jsonld: {
    fileName: 'graph.jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    write: (graph, meta) => json(toJsonLd(graph, meta)),
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
