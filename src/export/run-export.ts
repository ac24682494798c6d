import type { Database } from '../db/database.js';
import { readGraphVersion } from '../history/graph-version.js';
import { unknownKeys } from '../schema/limits.js';
import { downloadName, FORMATS, type FormatName } from './formats.js';
import { readExportGraph } from './graph-query.js';
import { exportMeta } from './meta.js';
import type { ExportOptions } from './options.js';

export interface ExportResult {
  body: string;
  contentType: string;
  fileName: string;
  datasetVersion: string;
  graphVersion: number;
  nodes: number;
  edges: number;
}

/** Reads the selection and writes it in `format`; an unknown key is a NOT_FOUND error naming it. */
export async function runExport(
  db: Database,
  format: FormatName,
  options: ExportOptions,
): Promise<ExportResult> {
  const [graph, version] = await Promise.all([readExportGraph(db, options), readGraphVersion(db)]);
  const meta = await exportMeta(options, version);
  if (graph.missingKeys.length > 0) throw unknownKeys('keys', graph.missingKeys);
  return {
    body: FORMATS[format].write(graph, meta),
    contentType: FORMATS[format].contentType,
    fileName: downloadName(format, meta, options.keys, options.depth),
    datasetVersion: meta.datasetVersion,
    graphVersion: meta.graphVersion,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
}
