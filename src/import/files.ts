// Which files a FILE|DIR argument names, and running the import over them.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fetchPage, isUrl } from './fetch-page.js';
import type { Matcher } from './match.js';
import { ProfileError } from './parse.js';
import { type ImportOptions, importProfile, type ProfileResult } from './profile-import.js';

export const PROFILE_FILE = /\.(?:txt|html?)$/i;

export interface FileFailure {
  file: string;
  error: { code: string; message: string };
}

export type FileOutcome = ProfileResult | FileFailure;

export function isFailure(outcome: FileOutcome): outcome is FileFailure {
  return 'error' in outcome;
}

/** The profiles a path names: the file itself, or a directory's .txt/.html files in name order. */
export async function profileFiles(path: string, pattern = PROFILE_FILE): Promise<string[]> {
  if (path === '-' || isUrl(path)) return [path];
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => pattern.test(name)).sort();
  return names.map((name) => join(path, name));
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Imports one file, `-` (standard input) or a URL; a page that is not a profile becomes a failure naming the problem. */
export async function importFile(
  path: string,
  matcher: Matcher,
  options: ImportOptions = {},
): Promise<FileOutcome> {
  const file = path === '-' ? 'stdin' : isUrl(path) ? path : basename(path);
  try {
    if (isUrl(path)) {
      const page = await fetchPage(path);
      const result = importProfile(page.bytes, file, matcher, {
        ...options,
        html: true,
        pageUrl: page.url,
      });
      return { ...result, sourceUrl: result.sourceUrl ?? page.url };
    }
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    return importProfile(bytes, file, matcher, options);
  } catch (error) {
    if (error instanceof ProfileError) {
      return { file, error: { code: error.code, message: error.message } };
    }
    throw error;
  }
}
