// `npm run import:eval [-- DIR] [--split NAME]… [--pool] [--summary] [--by-confidence] [--as-written]`: dry runs scored against X.expected.json, per split.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { byConfidence } from '../import/confidence-bands.js';
import { actorProfilesExact, type FileScore, roundOf, totals } from '../import/evaluate.js';
import { PROFILE_FILE, profileFiles } from '../import/files.js';
import type { Matcher } from '../import/match.js';
import { scorePage } from '../import/score-page.js';
import { loadMatcher } from './load-matcher.js';
import { CommandFailure, runCommand } from './run-command.js';

const DEFAULT_DIR = 'tests/fixtures/eval';
const USAGE =
  'usage: npm run import:eval [-- DIR] [--split NAME]… [--pool] [--summary] [--by-confidence] [--as-written]   (each profile X.txt beside X.expected.json; DIR/split.json names the splits, DIR/page-kinds.json the kind of each page)';
// The kinds of page a round's reader may give (DIR/page-kinds.json); the issue's target is "about" and "list".
const PAGE_KINDS = ['about', 'list', 'undertaking', 'news'];

/** The splits of DIR: its split.json ({ name: [file, …] }), else every profile as one split. */
async function splitsOf(dir: string): Promise<Record<string, string[]>> {
  const splitFile = join(dir, 'split.json');
  if (!existsSync(splitFile)) return { all: await profileFiles(dir, PROFILE_FILE) };
  const splits = JSON.parse(await readFile(splitFile, 'utf8')) as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(splits).map(([name, files]) => [name, files.map((file) => join(dir, file))]),
  );
}

async function scoreSplit(
  files: readonly string[],
  matcher: Matcher,
  asWritten: boolean,
): Promise<FileScore[]> {
  const scores: FileScore[] = [];
  for (const file of files) scores.push(await scorePage(file, matcher, asWritten));
  return scores;
}

/** DIR/page-kinds.json ({ "file.txt": kind }), each kind one of PAGE_KINDS; empty when absent. */
async function kindsOf(dir: string): Promise<Map<string, string>> {
  const kindFile = join(dir, 'page-kinds.json');
  if (!existsSync(kindFile)) return new Map();
  let kinds: Record<string, string>;
  try {
    kinds = JSON.parse(await readFile(kindFile, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new CommandFailure(`${kindFile}: not JSON (${(error as Error).message})`);
  }
  const unknown = Object.entries(kinds).filter(([, kind]) => !PAGE_KINDS.includes(kind));
  if (unknown.length > 0)
    throw new CommandFailure(
      `${kindFile}: unknown page kind ${unknown.map(([file, kind]) => `"${kind}" (${file})`).join(', ')}: the kinds are ${PAGE_KINDS.join(', ')}`,
    );
  return new Map(Object.entries(kinds));
}

/** Precision as a figure, or a dash when nothing was proposed (no proposal is not a precision of 1). */
function precisionOf(scores: readonly FileScore[]): string {
  const proposed = scores.reduce(
    (sum, score) => sum + score.truePositives + score.falsePositives.length,
    0,
  );
  return proposed === 0 ? '— (nothing proposed)' : totals(scores).precision.toFixed(2);
}

/** One line per group (round, kind of page) so that each group's figures stay apart. */
function reportGroups(
  scores: readonly FileScore[],
  label: string,
  groupOf: (score: FileScore) => string | undefined,
  atLeast: number,
): void {
  const groups = new Map<string, FileScore[]>();
  for (const score of scores) {
    const group = groupOf(score);
    if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), score]);
  }
  if (groups.size < atLeast) return;
  for (const [group, inGroup] of groups) {
    const total = totals(inGroup);
    console.log(
      `  ${label} ${group} (${inGroup.length} profiles): precision ${precisionOf(inGroup)}, recall ${total.recall.toFixed(2)}, actor fields ${total.actorExactness.toFixed(2)} (${actorProfilesExact(inGroup).toFixed(2)} of profiles)`,
    );
  }
}

function reportPages(scores: readonly FileScore[]): void {
  const table = new Table({
    head: ['profile', 'found', 'wrong', 'missed', 'actor fields'],
    style: { head: [], border: [] },
  });
  for (const score of scores) {
    table.push([
      score.refused ? `${score.file}\n(refused: ${score.refused})` : score.file,
      score.truePositives,
      score.falsePositives.join('\n') || 0,
      score.falseNegatives.join('\n') || 0,
      `${score.actorFieldsExact}/${score.actorFields}${score.wrongActorFields.length ? ` (${score.wrongActorFields.join(', ')})` : ''}`,
    ]);
  }
  console.log(table.toString());
}

/** How many proposals of each confidence band are right: whether the confidence can be trusted. */
function reportConfidence(scores: readonly FileScore[]): void {
  for (const { band, proposed, right } of byConfidence(scores.flatMap((s) => s.proposals)))
    console.log(
      `  confidence ${band}: ${proposed} proposed, ${right} right (${(right / proposed).toFixed(2)})`,
    );
}

function report(name: string, scores: readonly FileScore[], kinds: Map<string, string>): void {
  const total = totals(scores);
  const show = (value: number) => value.toFixed(2);
  const found = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const missed = scores.reduce((sum, score) => sum + score.falseNegatives.length, 0);
  const refused = scores.filter((score) => score.refused).length;
  console.log(
    `${name}: ${scores.length} profiles, ${found + missed} relations expected${refused ? ` (${refused} profiles refused, scored as proposing nothing)` : ''}`,
  );
  console.log(`  relations: precision ${precisionOf(scores)}, recall ${show(total.recall)}`);
  console.log(
    `  among relations found: since exact ${show(total.sinceExactness)}, role exact ${show(total.roleExactness)}`,
  );
  console.log(
    `  actor fields exact: ${show(total.actorExactness)} of fields, ${show(actorProfilesExact(scores))} of profiles`,
  );
  // A split that mixes rounds gets a line per round; labelled pages get a line per kind, unlabelled ones none.
  reportGroups(scores, 'round', (score) => `${roundOf(score.file)}*`, 2);
  reportGroups(scores, 'kind', (score) => kinds.get(basename(score.file)), 1);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      split: { type: 'string', multiple: true },
      // Totals only: a held-out split can be checked without printing a single page of it.
      summary: { type: 'boolean', default: false },
      // The splits asked for, scored as one pool: figures over several rounds at once.
      pool: { type: 'boolean', default: false },
      // A line per confidence band: how often proposals of that confidence are right.
      'by-confidence': { type: 'boolean', default: false },
      'as-written': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const dir = positionals[0] ?? DEFAULT_DIR;
  const splits = await splitsOf(dir);
  const unknown = (values.split ?? []).filter((name) => !(name in splits));
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `"${name}"`).join(', ');
    console.error(`unknown split ${quoted}: the splits are ${Object.keys(splits).join(', ')}`);
    return 2;
  }
  // The splits asked for, in the order asked (each once), else every split of the directory.
  const names = values.split ? [...new Set(values.split)] : Object.keys(splits);
  const kinds = await kindsOf(dir);
  const groups = values.pool
    ? [[names.join('+'), names.flatMap((name) => splits[name] ?? [])] as const]
    : names.map((name) => [name, splits[name] ?? []] as const);
  const matcher = await loadMatcher();
  for (const [name, files] of groups) {
    const scores = await scoreSplit(files, matcher, values['as-written']);
    if (!values.summary) reportPages(scores);
    report(name, scores, kinds);
    if (values['by-confidence']) reportConfidence(scores);
  }
  return 0;
}

runCommand(main);
