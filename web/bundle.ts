import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = new URL('./', import.meta.url);
export const WEB_DIST_DIR = new URL('dist/', root);

/** True when web/dist/ already holds a bundle. */
export function explorerBuilt(): Promise<boolean> {
  return stat(new URL('explorer.js', WEB_DIST_DIR)).then(
    () => true,
    () => false,
  );
}

/** Bundles the explorer from npm packages into web/dist/: no CDN is needed at run time. */
export async function buildExplorer(): Promise<void> {
  await mkdir(WEB_DIST_DIR, { recursive: true });
  await build({
    entryPoints: [new URL('src/main.ts', root).pathname],
    outfile: new URL('explorer.js', WEB_DIST_DIR).pathname,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'explorer.css']) {
    await copyFile(new URL(file, root), new URL(file, WEB_DIST_DIR));
  }
  // The map's outline (Natural Earth, public domain), fetched by the page only when a map is drawn.
  const world = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  await copyFile(world, new URL('world.json', WEB_DIST_DIR));
}
