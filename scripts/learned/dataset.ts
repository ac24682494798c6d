// One annotated page as the learned scorer sees it: the rules' result, its candidate pairs, their features and classes.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type ExpectedRelation,
  refusedResult,
  resolveExpected,
  roundOf,
} from '../../src/import/evaluate.js';
import { importFile, isFailure, PROFILE_FILE } from '../../src/import/files.js';
import type { Matcher } from '../../src/import/match.js';
import { parseProfile } from '../../src/import/parse.js';
import type { ImportedActor, ProfileResult } from '../../src/import/profile-import.js';
import { type Candidate, candidatesOf } from './candidates.js';
import { featuresOf } from './features.js';
import { labelOf } from './labels.js';

export interface Expected {
  actor: ImportedActor;
  relations: ExpectedRelation[];
}

export interface PageData {
  file: string;
  round: string;
  result: ProfileResult;
  expected: Expected;
  candidates: Candidate[];
  features: string[][];
  labels: string[];
}

/** A graph key for a name only when the graph writes it so, as import:eval resolves annotations. */
function exactKey(matcher: Matcher): (name: string) => string | null {
  return (name) => {
    const match = matcher.matchPhrase(name);
    return match && (match.how === 'exact' || match.how === 'acronym') ? match.key : null;
  };
}

export async function pageData(
  path: string,
  matcher: Matcher,
  options: { loose?: boolean; annotatedActor?: boolean; annotatedEnds?: boolean } = {},
): Promise<PageData> {
  const written = JSON.parse(
    await readFile(path.replace(PROFILE_FILE, '.expected.json'), 'utf8'),
  ) as Expected;
  const expected = resolveExpected(written, exactKey(matcher));
  const outcome = await importFile(path, matcher);
  const file = basename(path);
  if (isFailure(outcome))
    return {
      file,
      round: roundOf(file),
      result: refusedResult(file),
      expected,
      candidates: [],
      features: [],
      labels: [],
    };
  const profile = parseProfile(await readFile(path), file);
  // The ceiling: the pairs built around the annotated actor, as if the importer had read it right.
  const actor = options.annotatedActor ? expected.actor : outcome.actor;
  const result = options.annotatedActor ? { ...outcome, actor } : outcome;
  const self = {
    name: actor.name,
    acronym: actor.acronym,
    key: actor.match,
    aliases: profile.aliases,
  };
  // The ceiling of the name finder: every annotated end is a body where a sentence writes it.
  const names = options.annotatedEnds
    ? expected.relations.flatMap((r) => [r.from, r.to, r.other]).filter((end) => end !== undefined)
    : [];
  const candidates = candidatesOf(
    { paragraphs: profile.paragraphs, language: profile.language, self },
    matcher,
    outcome.relations,
    { loose: options.loose, names },
  );
  return {
    file,
    round: roundOf(file),
    result,
    expected,
    candidates,
    features: candidates.map(featuresOf),
    labels: candidates.map((candidate) => labelOf(candidate, actor, expected)),
  };
}
