import type { GraphVersion } from '../history/graph-version.js';
import { datasetVersion } from './dataset-version.js';
import type { ExportOptions } from './options.js';

/** What every export says about itself, so that a figure or a table made from it can be cited. */
export interface ExportMeta {
  title: string;
  datasetVersion: string;
  /** The graph version (it changes with every write) and when the graph last changed. */
  graphVersion: number;
  graphChangedAt: string | null;
  exportedAt: string;
  licence: string;
  citation: string;
  /** The selection, in the query-string form the export was asked with. */
  selection: string;
}

export const DATA_LICENCE = 'ODbL-1.0';
const CITATION = 'solidarity-graph: a knowledge graph of the social and solidarity economy';

/** "keys=mes&depth=2", or "whole graph". */
export function describeSelection(options: ExportOptions): string {
  const parts: string[] = [];
  if (options.keys) parts.push(`keys=${options.keys.join(',')}`, `depth=${options.depth}`);
  if (options.types) parts.push(`types=${options.types.join(',')}`);
  if (options.activeAt !== null) parts.push(`activeAt=${options.activeAt}`);
  return parts.length > 0 ? parts.join('&') : 'whole graph';
}

export async function exportMeta(
  options: ExportOptions,
  graph: GraphVersion,
  now = new Date(),
): Promise<ExportMeta> {
  const version = await datasetVersion();
  const changed = graph.changedAt ? `, last changed ${graph.changedAt}` : '';
  return {
    title: `solidarity-graph export (${describeSelection(options)})`,
    datasetVersion: version,
    graphVersion: graph.version,
    graphChangedAt: graph.changedAt,
    exportedAt: now.toISOString(),
    licence: DATA_LICENCE,
    citation: `${CITATION}, dataset version ${version}, graph version ${graph.version}${changed}, exported ${now.toISOString().slice(0, 10)}.`,
    selection: describeSelection(options),
  };
}
