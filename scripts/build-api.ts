import { readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIR = join(ROOT, 'src');
export const API_DIST_DIR = join(ROOT, 'dist');
/** Written last by a build: its time is when the build finished. */
const STAMP = join(API_DIST_DIR, '.built');
// A new dependency version can change what esbuild emits for the same sources.
const INPUTS_BESIDE_SOURCES = ['package-lock.json', 'scripts/build-api.ts'].map((file) =>
  join(ROOT, file),
);

function sourceFiles(): string[] {
  return readdirSync(SOURCE_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(SOURCE_DIR, file));
}

function modifiedAt(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** True when dist/ is missing or older than a source, a source directory (files removed) or the lockfile. */
export function apiBuildIsStale(): boolean {
  const built = modifiedAt(STAMP);
  if (!Number.isFinite(built)) return true;
  const directories = readdirSync(SOURCE_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name));
  return [...sourceFiles(), ...directories, SOURCE_DIR, ...INPUTS_BESIDE_SOURCES].some(
    (path) => modifiedAt(path) > built,
  );
}

/**
 * Compiles src/ to plain JavaScript in dist/, file by file (no bundle): dist/ sits at the depth of
 * src/, so the paths the code computes from import.meta.url (cypher/, data/, web/dist/) still hold.
 */
export async function buildApi(): Promise<void> {
  await rm(API_DIST_DIR, { recursive: true, force: true });
  await build({
    entryPoints: sourceFiles(),
    outdir: API_DIST_DIR,
    outbase: SOURCE_DIR,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    sourcemap: false,
    logLevel: 'warning',
  });
  await writeFile(STAMP, `${new Date().toISOString()}\n`);
}
