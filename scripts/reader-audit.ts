// Session 33 (helper audit): one row per proposal of the given development splits, with the reader
// or rule that made it (`src/import/reader-trace.ts`) and whether it is right, for tables of the
// readers' precision by round. Usage: NEO4J_URI=… node --import tsx scripts/reader-audit.ts SPLIT … > rows.tsv
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadMatcher } from '../src/cli/load-matcher.js';
import { exactKey, resolveExpected, sameActor, scoreFile } from '../src/import/evaluate.js';
import { importFile, isFailure } from '../src/import/files.js';
import { readerOf, traceReaders } from '../src/import/reader-trace.js';
import { isHiddenPage } from './unread-rounds.js';

const DIR = 'tests/fixtures/eval';
const splits = JSON.parse(await readFile(join(DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;
const kinds = JSON.parse(await readFile(join(DIR, 'page-kinds.json'), 'utf8')) as Record<
  string,
  string
>;
const matcher = await loadMatcher();
const flat = (text: string) => text.replace(/\s+/gu, ' ').slice(0, 200);
traceReaders(true);
const header =
  'split file kind type confidence direction fromKnown toKnown actorRight reader right';
console.log([...header.split(' '), 'from', 'to', 'evidence'].join('\t'));
for (const split of process.argv.slice(2)) {
  for (const file of (splits[split] ?? []).filter((name) => !isHiddenPage(name))) {
    const path = join(DIR, file);
    const written = JSON.parse(await readFile(path.replace(/\.txt$/u, '.expected.json'), 'utf8'));
    const expected = resolveExpected(written, exactKey(matcher));
    const outcome = await importFile(path, matcher);
    if (isFailure(outcome)) continue;
    const actorRight = sameActor(outcome.actor, expected.actor) ? 1 : 0;
    for (const relation of outcome.relations) {
      const right = scoreFile({ ...outcome, relations: [relation] }, expected).truePositives;
      const { from, to } = relation;
      console.log(
        [
          split,
          file,
          kinds[file] ?? '',
          relation.type,
          relation.confidence,
          relation.direction ?? 'THIRD',
          from.match ? 1 : 0,
          to.match ? 1 : 0,
          actorRight,
          readerOf(relation) ?? '?',
          right,
          from.name,
          to.name,
          flat(relation.evidence),
        ].join('\t'),
      );
    }
  }
}
process.exit(0);
