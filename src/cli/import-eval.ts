// `npm run import:eval -- DIR`: the dry run of every profile in DIR scored against X.expected.json.
import { readFile } from 'node:fs/promises';
import Table from 'cli-table3';
import { type FileScore, scoreFile, totals } from '../import/evaluate.js';
import { importFile, isFailure, PROFILE_FILE, profileFiles } from '../import/files.js';
import type { ProfileResult } from '../import/profile-import.js';
import { loadMatcher } from './load-matcher.js';
import { runCommand } from './run-command.js';

async function main(): Promise<number> {
  const [dir] = process.argv.slice(2).filter((arg) => arg !== '--');
  if (!dir) {
    console.error(
      'usage: npm run import:eval -- DIR   (each profile X.txt beside X.expected.json)',
    );
    return 2;
  }
  const files = await profileFiles(dir, PROFILE_FILE);
  const matcher = await loadMatcher();
  const scores: FileScore[] = [];
  for (const file of files) {
    const expectedPath = file.replace(PROFILE_FILE, '.expected.json');
    const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as ProfileResult;
    const outcome = await importFile(file, matcher);
    if (isFailure(outcome)) {
      console.error(`${outcome.file}: ${outcome.error.message}`);
      return 1;
    }
    scores.push(scoreFile(outcome, expected));
  }
  const table = new Table({
    head: ['profile', 'relations found', 'wrong', 'missed', 'actor fields'],
    style: { head: [], border: [] },
  });
  for (const score of scores) {
    table.push([
      score.file,
      score.truePositives,
      score.falsePositives.join('\n') || 0,
      score.falseNegatives.join('\n') || 0,
      `${score.actorFieldsExact}/${score.actorFields}${score.wrongActorFields.length ? ` (${score.wrongActorFields.join(', ')})` : ''}`,
    ]);
  }
  console.log(table.toString());
  const total = totals(scores);
  const show = (value: number) => value.toFixed(2);
  console.log(`profiles: ${scores.length}`);
  console.log(`relations: precision ${show(total.precision)}, recall ${show(total.recall)}`);
  console.log(
    `among relations found: since exact ${show(total.sinceExactness)}, role exact ${show(total.roleExactness)}`,
  );
  console.log(`actor fields exact: ${show(total.actorExactness)}`);
  return 0;
}

runCommand(main);
