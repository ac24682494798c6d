import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { formatByFileName } from '../export/formats.js';
import { parseExportOptions } from '../export/options.js';
import { runExport } from '../export/run-export.js';

export const EXPORT_PREFIX = '/export/';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  EXPORT_TOO_LARGE: 413,
  DATABASE_UNAVAILABLE: 503,
  QUERY_TIMEOUT: 504,
};

function errorResponse(status: number, message: string, extensions: Record<string, unknown>) {
  return Response.json({ errors: [{ message, extensions }] }, { status });
}

/** GET /export/<file>?keys=&depth=&types=&activeAt= : the selection as a downloadable file. */
export async function handleExport(db: Database, url: URL): Promise<Response> {
  const fileName = url.pathname.slice(EXPORT_PREFIX.length);
  const format = formatByFileName(fileName);
  if (!format) {
    return errorResponse(404, `No export named "${fileName}"`, { code: 'NOT_FOUND' });
  }
  try {
    const options = parseExportOptions((name) => url.searchParams.getAll(name));
    const result = await runExport(db, format, options);
    return new Response(result.body, {
      headers: {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename="${result.fileName}"`,
        'x-dataset-version': result.datasetVersion,
        'x-graph-version': String(result.graphVersion),
      },
    });
  } catch (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
    const status = STATUS_BY_CODE[code];
    if (error instanceof GraphQLError && status) {
      return errorResponse(status, error.message, error.extensions);
    }
    console.error('solidarity-graph: export failed', error);
    return errorResponse(500, 'Unexpected error.', { code: 'INTERNAL_SERVER_ERROR' });
  }
}
