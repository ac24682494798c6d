import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** Where `npm run build:web` writes the explorer (see web/build.ts). */
export const WEB_DIST = new URL('../../web/dist/', import.meta.url);
export const EXPLORER_PREFIX = '/explorer/';
/** The explorer without its side panels, for an iframe. */
export const EMBED_PATH = '/embed';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** `/` (and `/embed`) is the explorer page; `/explorer/<file>` its bundled scripts and styles. */
export async function handleExplorer(pathname: string): Promise<Response> {
  const page = pathname === '/' || pathname === EMBED_PATH;
  const file = page ? 'index.html' : pathname.slice(EXPLORER_PREFIX.length);
  // Only plain file names: nothing outside web/dist can be asked for.
  if (!/^[\w-]+(\.[\w-]+)+$/.test(file)) return new Response('Not found', { status: 404 });
  const type = TYPES[extname(file)];
  if (!type) return new Response('Not found', { status: 404 });
  try {
    return new Response(await readFile(new URL(file, WEB_DIST)), {
      headers: { 'content-type': type, 'cache-control': 'no-cache' },
    });
  } catch {
    if (file !== 'index.html') return new Response('Not found', { status: 404 });
    return new Response('The explorer is not built: run `npm run build:web`.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
}
