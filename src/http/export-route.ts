import type { Database } from '../db/database.js';
import { domainErrorIn, notFound } from '../domain-error.js';
import { errorResponse } from '../error-mapping.js';
import { formatByFileName } from '../export/formats.js';
import { parseExportOptions } from '../export/options.js';
import { startExport } from '../export/run-export.js';
import { currentRequest, noteFailure } from './request-scope.js';

export const EXPORT_PREFIX = '/export/';

/** The HTTP exchange an export streams into. */
export interface ExportConnection {
  /** Aborts when the client goes away: reading stops. */
  signal?: AbortSignal;
  /** Cuts the connection, so that an export that fails after its first byte cannot look complete. */
  abort?: (error: Error) => void;
}

/** A pull stream: the next chunk is read (from Neo4j) only when the socket took the last one. */
function pullStream(chunks: AsyncIterable<Uint8Array>, connection: ExportConnection) {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        } catch (error) {
          const cause = error instanceof Error ? error : new Error(String(error));
          noteFailure(cause);
          const request = currentRequest() ?? 'an export';
          console.error(`solidarity-graph: ${request} was cut after it started: ${cause.message}`);
          if (!connection.abort) {
            controller.error(cause);
            return;
          }
          // Cut the socket and end the stream rather than erroring it: the HTTP adapter cancels the
          // stream when the request errors, and cancelling an errored stream rejects where no one
          // awaits it.
          connection.abort(cause);
          controller.close();
        }
      },
      async cancel() {
        // The client left: stop reading; a failure to stop is logged, never thrown at the adapter.
        await Promise.resolve(iterator.return?.()).catch((error: unknown) => {
          console.error(`solidarity-graph: an export did not stop cleanly: ${String(error)}`);
        });
      },
    },
    { highWaterMark: 0 },
  );
}

/** GET /export/<file>?keys=&depth=&types=&activeAt= : the selection as a downloadable file. */
export async function handleExport(
  db: Database,
  url: URL,
  connection: ExportConnection = {},
): Promise<Response> {
  const fileName = url.pathname.slice(EXPORT_PREFIX.length);
  const format = formatByFileName(fileName);
  if (!format) {
    return errorResponse(notFound(null, `No export named "${fileName}"`));
  }
  try {
    const options = parseExportOptions((name) => url.searchParams.getAll(name));
    const result = await startExport(db, format, options, { signal: connection.signal });
    return new Response(pullStream(result.body, connection), {
      headers: {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename="${result.fileName}"`,
        'x-dataset-version': result.datasetVersion,
        'x-graph-version': String(result.graphVersion),
      },
    });
  } catch (error) {
    const domain = domainErrorIn(error);
    if (domain) return errorResponse(domain);
    console.error('solidarity-graph: export failed', error);
    return Response.json(
      { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      { status: 500 },
    );
  }
}
