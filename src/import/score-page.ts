// One evaluation page scored against its X.expected.json: what `import:eval` and the sweep script share.
import { readFile } from 'node:fs/promises';
import {
  type ExpectedRelation,
  exactKey,
  type FileScore,
  refusedResult,
  resolveExpected,
  scoreFile,
} from './evaluate.js';
import { importFile, isFailure, PROFILE_FILE } from './files.js';
import type { Matcher } from './match.js';
import type { ImportedActor } from './profile-import.js';

interface Expected {
  actor: ImportedActor;
  relations: ExpectedRelation[];
}

/**
 * The page's score: its annotations resolved to graph keys (or taken literally with `asWritten`), and a
 * refused page scored as a page that proposes nothing, so that one page cannot stop a split.
 */
export async function scorePage(
  file: string,
  matcher: Matcher,
  asWritten = false,
): Promise<FileScore> {
  const expectedPath = file.replace(PROFILE_FILE, '.expected.json');
  const written = JSON.parse(await readFile(expectedPath, 'utf8')) as Expected;
  const expected = asWritten ? written : resolveExpected(written, exactKey(matcher));
  const outcome = await importFile(file, matcher);
  if (isFailure(outcome))
    return { ...scoreFile(refusedResult(outcome.file), expected), refused: outcome.error.code };
  return scoreFile(outcome, expected);
}
