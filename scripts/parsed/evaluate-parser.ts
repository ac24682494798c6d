// `tsx scripts/parsed/evaluate-parser.ts SPLIT… [--table]`: rules alone, the dependency reader alone, and both, scored as import:eval scores.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadMatcher } from '../../src/cli/load-matcher.js';
import {
  type ExpectedRelation,
  exactKey,
  type FileScore,
  nameKey,
  refusedResult,
  resolveExpected,
  scoreFile,
  totals,
} from '../../src/import/evaluate.js';
import { importFile, isFailure, PROFILE_FILE } from '../../src/import/files.js';
import type { Matcher } from '../../src/import/match.js';
import type { ImportedActor, ProfileResult } from '../../src/import/profile-import.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import { DependencyReader } from './dependency-reader.js';
import { type PageParse, parsePath, splitFiles } from './parse-pages.js';

interface Expected {
  actor: ImportedActor;
  relations: ExpectedRelation[];
}

const claim = (r: ProposedRelation) => `${nameKey(r.from.name)}|${r.type}|${nameKey(r.to.name)}`;

/** The reader's relations for a page the importer read: its actor is the importer's own. */
export function readPage(
  page: PageParse,
  rules: ProfileResult,
  matcher: Matcher,
): ProposedRelation[] {
  const reader = new DependencyReader(rules.actor, matcher);
  const text = page.paragraphs.join('\n\n');
  const seen = new Set<string>();
  return page.parse.sentences
    .flatMap((sentence) => reader.readSentence(sentence, text))
    .filter((r) => !seen.has(claim(r)) && seen.add(claim(r)) !== undefined);
}

function line(name: string, scores: FileScore[]): string {
  const total = totals(scores);
  const found = scores.reduce((s, f) => s + f.truePositives, 0);
  const wrong = scores.reduce((s, f) => s + f.falsePositives.length, 0);
  const missed = scores.reduce((s, f) => s + f.falseNegatives.length, 0);
  return `${name.padEnd(7)} P ${total.precision.toFixed(2)} R ${total.recall.toFixed(2)}  found ${found} wrong ${wrong} missed ${missed}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const table = args.includes('--table');
  const matcher = await loadMatcher();
  for (const split of args.filter((a) => !a.startsWith('--'))) {
    const scored = {
      rules: [] as FileScore[],
      parser: [] as FileScore[],
      union: [] as FileScore[],
      anchored: [] as FileScore[],
      sure: [] as FileScore[],
    };
    let unparsed = 0;
    const byType = new Map<string, [number, number]>();
    for (const file of await splitFiles(split)) {
      const written = JSON.parse(
        await readFile(file.replace(PROFILE_FILE, '.expected.json'), 'utf8'),
      ) as Expected;
      const expected = resolveExpected(written, exactKey(matcher));
      const outcome = await importFile(file, matcher);
      const rules = isFailure(outcome) ? refusedResult(file) : outcome;
      let parsed: ProposedRelation[] = [];
      if (!isFailure(outcome) && existsSync(parsePath(file))) {
        const page = JSON.parse(await readFile(parsePath(file), 'utf8')) as PageParse;
        parsed = readPage(page, rules, matcher);
      } else if (!isFailure(outcome)) unparsed++;
      const known = new Set(rules.relations.map(claim));
      const union = [...rules.relations, ...parsed.filter((r) => !known.has(claim(r)))];
      scored.rules.push(scoreFile(rules, expected));
      const parserScore = scoreFile({ ...rules, relations: parsed }, expected);
      scored.parser.push(parserScore);
      scored.union.push(scoreFile({ ...rules, relations: union }, expected));
      // Only what ties the page's own actor, or a body the graph knows, to another: the parser's surer half.
      const anchoredEnd = (end: ProposedRelation['from']) =>
        end.match !== null || nameKey(end.name) === nameKey(rules.actor.name);
      const anchored = union.filter(
        (r) => rules.relations.includes(r) || anchoredEnd(r.from) || anchoredEnd(r.to),
      );
      scored.anchored.push(scoreFile({ ...rules, relations: anchored }, expected));
      // The anchored claims of the two types the reader reads best on development (membership, founding).
      const sure = anchored.filter(
        (r) => rules.relations.includes(r) || r.type === 'MEMBER_OF' || r.type === 'FOUNDED',
      );
      scored.sure.push(scoreFile({ ...rules, relations: sure }, expected));
      for (const r of parsed) {
        const one = scoreFile({ ...rules, relations: [r] }, expected);
        const [right, wrong] = byType.get(r.type) ?? [0, 0];
        byType.set(r.type, one.truePositives > 0 ? [right + 1, wrong] : [right, wrong + 1]);
        if (process.env.SHOW_TYPE === r.type)
          console.log(
            `${one.truePositives > 0 ? 'RIGHT' : 'WRONG'} ${r.from.name} > ${r.to.name} :: ${r.evidence.slice(0, 160)}`,
          );
      }
      if (table)
        console.log(
          `${basename(file)}\n  + ${parserScore.truePositives} found by the parser\n  - ${parserScore.falsePositives.join('\n  - ')}`,
        );
    }
    console.log(
      `${split} (${scored.rules.length} pages${unparsed ? `, ${unparsed} without a parse` : ''})`,
    );
    for (const [name, scores] of Object.entries(scored)) console.log(`  ${line(name, scores)}`);
    if (args.includes('--types'))
      console.log(
        `  parser by type (right/wrong): ${[...byType].map(([t, [r, w]]) => `${t} ${r}/${w}`).join(', ')}`,
      );
  }
}

await main();
