import type { Source } from '../model/types.js';
import type { ExportEdge, ExportNode } from './graph-query.js';
import type { ExportMeta } from './meta.js';

/**
 * What a format writer reads: the export's description, then its nodes and then its relationships,
 * each a sequence of pages read on demand (a writer asks for the next page when it has written one).
 */
export interface ExportSource {
  meta: ExportMeta;
  nodes: () => AsyncIterable<ExportNode[]>;
  edges: () => AsyncIterable<ExportEdge[]>;
  /** The sources the nodes and edges read so far cite, in key order: read it after them. */
  citedSources: () => Source[];
}

/** Reads the nodes and edges without writing them: for a file of what they cite only. */
export async function readAll(source: ExportSource): Promise<void> {
  for await (const _page of source.nodes());
  for await (const _page of source.edges());
}

/** The elements of a sequence of pages, one at a time, mapped. */
export async function* eachOf<T, R>(
  pages: AsyncIterable<T[]>,
  map: (item: T) => R,
): AsyncGenerator<R> {
  for await (const page of pages) {
    for (const item of page) yield map(item);
  }
}
