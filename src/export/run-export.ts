import type { Database } from '../db/database.js';
import { readGraphVersion } from '../history/graph-version.js';
import { CAPS } from '../limits.js';
import { CitedSources } from './citations.js';
import { downloadName, FORMATS, type FormatName } from './formats.js';
import { exportMeta } from './meta.js';
import type { ExportOptions } from './options.js';
import { edgePages, nodePages } from './pages.js';
import { readAhead } from './read-ahead.js';
import { resolveSelection } from './selection.js';

/** Elements written so far, updated page by page while the body is read. */
export interface Written {
  nodes: number;
  edges: number;
}

export interface ExportStream {
  /** The file, as UTF-8 chunks read from Neo4j page by page as they are pulled. */
  body: AsyncIterable<Buffer>;
  contentType: string;
  fileName: string;
  datasetVersion: string;
  graphVersion: number;
  written: Written;
}

export interface StreamSettings {
  /** Nodes or relationships per Neo4j page. */
  pageSize?: number;
  /** Stops reading when it aborts (the HTTP client went away). */
  signal?: AbortSignal;
  /** Called after each page, for progress. */
  onPage?: (written: Written) => void;
}

/** The export was cut: the graph changed under it, or the client left. */
export class ExportInterrupted extends Error {}

/**
 * Checks the selection (unknown keys: NOT_FOUND; a neighbourhood over the bound: EXPORT_TOO_LARGE)
 * and returns the export as a stream; nothing more is read until the body is.
 */
export async function startExport(
  db: Database,
  format: FormatName,
  options: ExportOptions,
  settings: StreamSettings = {},
): Promise<ExportStream> {
  const version = await readGraphVersion(db);
  const selection = await resolveSelection(db, options);
  const meta = await exportMeta(options, version);
  const pageSize = settings.pageSize ?? CAPS.exportPageSize;
  const written: Written = { nodes: 0, edges: 0 };

  const citations = new CitedSources(db);

  async function* counted<T extends { sources: string[]; sourceUrls: string[] }>(
    pages: AsyncIterable<T[]>,
    what: keyof Written,
  ) {
    for await (const page of pages) {
      if (settings.signal?.aborted) throw new ExportInterrupted('the client went away');
      written[what] += page.length;
      settings.onPage?.(written);
      yield await citations.describe(page);
    }
  }

  // The last chunk (closing tags, brackets) goes out only once the graph is known not to have
  // changed between the first page and the last: a file that looks complete is consistent.
  async function* consistent(): AsyncGenerator<Buffer> {
    const chunks = FORMATS[format].write({
      meta,
      nodes: () => counted(readAhead(nodePages(db, selection, pageSize)), 'nodes'),
      edges: () => counted(readAhead(edgePages(db, selection, pageSize)), 'edges'),
      citedSources: () => citations.cited(),
    });
    let held: Buffer | undefined;
    for await (const chunk of chunks) {
      if (held) yield held;
      held = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    }
    const now = await readGraphVersion(db);
    if (now.version !== version.version) {
      throw new ExportInterrupted(
        `the graph changed during the export (graph version ${version.version} -> ${now.version}): export again`,
      );
    }
    if (held) yield held;
  }

  return {
    body: consistent(),
    contentType: FORMATS[format].contentType,
    fileName: downloadName(format, meta, options.keys, options.depth),
    datasetVersion: meta.datasetVersion,
    graphVersion: meta.graphVersion,
    written,
  };
}
