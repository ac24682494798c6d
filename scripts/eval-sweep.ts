// Every development split scored in one process (the graph's names read once), for before/after
// comparisons of an importer change: one summary line per split, and with --pages one line per page
// (--misses adds each page's wrong and missed relations). Validation and sealed rounds are never
// read; check rounds print their summary line only.
// Usage: NEO4J_URI=… node --import tsx scripts/eval-sweep.ts [--pages] [--misses] [SPLIT…]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatcher } from '../src/cli/load-matcher.js';
import { actorProfilesExact, type FileScore, totals } from '../src/import/evaluate.js';
import { scorePage } from '../src/import/score-page.js';
import { CHECK_SPLITS, UNREAD_SPLITS } from './unread-rounds.js';

const DIR = 'tests/fixtures/eval';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
  },
});
const splits = JSON.parse(await readFile(join(DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;
const asked =
  positionals.length > 0
    ? positionals
    : Object.keys(splits).filter((name) => !UNREAD_SPLITS.has(name));
const refused = asked.filter((name) => UNREAD_SPLITS.has(name) || !(name in splits));
if (refused.length > 0) {
  console.error(`not scored here (unknown, validation or sealed): ${refused.join(', ')}`);
  process.exit(2);
}
const matcher = await loadMatcher();

for (const name of asked) {
  const scores: FileScore[] = [];
  for (const file of splits[name] ?? [])
    scores.push({ ...(await scorePage(join(DIR, file), matcher)), file });
  const showPages = values.pages && !CHECK_SPLITS.has(name);
  for (const score of showPages ? scores : []) {
    const wrongFields = score.wrongActorFields;
    const actor = wrongFields.length === 0 ? 'actor ok' : `actor WRONG (${wrongFields.join(', ')})`;
    console.log(
      `${score.file}\t${score.truePositives} found\t${score.falsePositives.length} wrong\t${score.falseNegatives.length} missed\t${actor}`,
    );
    if (!values.misses) continue;
    for (const wrong of score.falsePositives) console.log(`    wrong  ${wrong}`);
    for (const missed of score.falseNegatives) console.log(`    missed ${missed}`);
  }
  const total = totals(scores);
  const found = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const wrong = scores.reduce((sum, score) => sum + score.falsePositives.length, 0);
  console.log(
    `SPLIT ${name}: P ${total.precision.toFixed(2)} R ${total.recall.toFixed(2)} actor ${total.actorExactness.toFixed(2)} (${actorProfilesExact(scores).toFixed(2)}) found ${found} wrong ${wrong}`,
  );
}
process.exit(0);
