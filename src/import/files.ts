// Which files a FILE|DIR argument names, and running the import over them.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Matcher } from './match.js';
import { ProfileError } from './parse.js';
import { importProfile, type ProfileResult } from './profile-import.js';

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
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => pattern.test(name)).sort();
  return names.map((name) => join(path, name));
}

/** Imports one file; a file that is not a profile becomes a failure naming the problem. */
export async function importFile(path: string, matcher: Matcher): Promise<FileOutcome> {
  const file = basename(path);
  try {
    return importProfile(await readFile(path), file, matcher);
  } catch (error) {
    if (error instanceof ProfileError) {
      return { file, error: { code: error.code, message: error.message } };
    }
    throw error;
  }
}
