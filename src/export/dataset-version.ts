import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const DATA_DIR = new URL('../../data/', import.meta.url);

let cached: Promise<string> | undefined;

/**
 * The version of the curated dataset: a SHA-256 of data/ (file names and contents), first 12 hex
 * digits. It stands in for a graph version until the write API keeps one.
 */
export function datasetVersion(): Promise<string> {
  cached ??= (async () => {
    const dir = DATA_DIR.pathname;
    const hash = createHash('sha256');
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
    for (const name of files) {
      hash.update(`${name}\0`);
      hash.update(await readFile(join(dir, name)));
      hash.update('\0');
    }
    return hash.digest('hex').slice(0, 12);
  })();
  return cached;
}
