// Session 32 (helper actorsigns): for every development page, the actor candidates the importer's
// readers already propose, the signs each carries, and whether it is the labelled actor. Writes one
// JSON line per candidate; `scripts/actor-signs-fit.py` fits and measures a weighing on them.
// Usage: NEO4J_URI=… node --import tsx scripts/actor-signs.ts SPLIT … > signs.jsonl
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadMatcher } from '../src/cli/load-matcher.js';
import { definedBody } from '../src/import/defined-body.js';
import { nameKey, sameActor } from '../src/import/evaluate.js';
import { importFile, isFailure } from '../src/import/files.js';
import { headlineBody } from '../src/import/headline-body.js';
import { newBody } from '../src/import/new-body.js';
import { pageAcronyms } from '../src/import/page-acronyms.js';
import { mentions, mostUsedBody, type PageActor } from '../src/import/page-actor.js';
import { parseProfile } from '../src/import/parse.js';
import { repeatedName } from '../src/import/repeated-name.js';
import {
  openedSentences,
  sentencesOf,
  spelledByAddress,
  subjectsOf,
} from '../src/import/uptaken-actor.js';
import { urlActor } from '../src/import/url-actor.js';
import { votedActor } from '../src/import/voted-actor.js';
import { normalise } from '../src/text/normalise.js';

const DIR = 'tests/fixtures/eval';
const SEALED = /^r(?:9|10|31|32|33)-/u;
const splits = JSON.parse(await readFile(join(DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;
const matcher = await loadMatcher();

const WE = /(?<![\p{L}])(?:we|our|us|nous|notre|nos)(?![\p{L}])/iu;
const FOUNDING =
  /(?<![\p{L}])(?:founded|established|created|set up|launched|formed|fondée?s?|créée?s?|constituée?s?|née?s?|lancée?s?|was born)(?![\p{L}])/iu;
const DEFINITION =
  /^\s*(?:(?:the|la|le|les|l['’])\s*)?(.{2,80}?)\s*(?:\([^)]*\)\s*)?,?\s+(?:is|are|est|sont)\s+(?:a|an|the|one|un|une|le|la|l['’]|des)\b/iu;

const writes = (haystack: string, actor: PageActor) =>
  [actor.name, actor.acronym ?? '']
    .filter((form) => form.length >= 2)
    .some((form) => ` ${normalise(haystack)} `.includes(` ${normalise(form)} `));

for (const split of process.argv.slice(2)) {
  for (const file of splits[split] ?? []) {
    if (SEALED.test(file)) continue;
    const path = join(DIR, file);
    const expected = JSON.parse(
      await readFile(path.replace(/\.txt$/u, '.expected.json'), 'utf8'),
    ) as { actor: { name: string; acronym: string | null; match: string | null } };
    const outcome = await importFile(path, matcher);
    let parsed: ReturnType<typeof parseProfile> | null = null;
    try {
      parsed = parseProfile(await readFile(path), file, { anyLanguage: true });
    } catch {
      parsed = null;
    }
    const lines = (parsed?.lines ?? []).filter((line) => line !== '');
    const address = parsed?.sourceUrl ?? null;
    const body = address ? lines.slice(1) : lines;
    const text = body.join('\n');
    const prose = (parsed?.paragraphs ?? []).join(' ');
    const firstLine = body[0] ?? '';
    const top = body.slice(0, 3).join('\n');
    let url: URL | null = null;
    try {
      url = address ? new URL(address) : null;
    } catch {
      url = null;
    }
    const hostOnly = url ? new URL(`${url.protocol}//${url.host}/`) : null;
    const pathOnly = url ? new URL(`http://x.invalid${url.pathname}`) : null;
    const candidates = new Map<string, PageActor & { from: Set<string> }>();
    const add = (from: string, actor: PageActor | null | undefined) => {
      if (!actor || actor.name.trim() === '') return;
      const key = nameKey(actor.name);
      const seen = candidates.get(key);
      if (seen) {
        seen.from.add(from);
        seen.acronym ??= actor.acronym;
      } else candidates.set(key, { ...actor, from: new Set([from]) });
    };
    const current = isFailure(outcome) ? null : outcome.actor;
    add('current', current ? { name: current.name, acronym: current.acronym } : null);
    add(
      'firstLine',
      firstLine.split(/\s+/u).length <= 14 ? { name: firstLine, acronym: null } : null,
    );
    add('url', urlActor(address, text));
    add('most', mostUsedBody(text));
    add('voted', votedActor(text, address));
    const repeated = repeatedName(prose, address);
    add('repeated', repeated ? { name: repeated, acronym: null } : null);
    const defined = parsed ? definedBody(parsed.paragraphs) : null;
    add('defined', defined ? { name: defined, acronym: null } : null);
    const announced = parsed ? newBody(parsed.paragraphs) : null;
    add('new', announced ? { name: announced, acronym: null } : null);
    const headline = headlineBody(firstLine, prose);
    add('headline', headline ? { name: headline, acronym: null } : null);
    for (const [acronym, name] of pageAcronyms(text)) add('acronyms', { name, acronym });
    const opened = openedSentences(prose);
    const sentences = sentencesOf(prose);
    const subjectCounts = new Map<string, { name: string; times: number }>();
    for (const sentence of sentences)
      for (const subject of subjectsOf(sentence)) {
        const seen = subjectCounts.get(normalise(subject));
        subjectCounts.set(normalise(subject), { name: subject, times: (seen?.times ?? 0) + 1 });
      }
    for (const { name } of [...subjectCounts.values()]
      .filter((s) => s.times >= 2)
      .sort((a, b) => b.times - a.times)
      .slice(0, 5))
      add('subject', { name, acronym: null });
    const rows = [...candidates.values()].map((candidate) => {
      const forms = [candidate.name, candidate.acronym ?? ''].filter((form) => form.length >= 2);
      const named = mentions(candidate.name, candidate.acronym, text);
      const inSentences = sentences.filter((sentence) => writes(sentence, candidate));
      const right = sameActor({ ...candidate, match: null }, expected.actor);
      const graph = forms.map((form) => matcher.matchPhrase(form)).find((m) => m !== undefined);
      return {
        split,
        file,
        name: candidate.name,
        acronym: candidate.acronym,
        from: [...candidate.from],
        right,
        expected: expected.actor.name,
        signs: {
          host: forms.some((form) => spelledByAddress(form, hostOnly)),
          path: forms.some((form) => spelledByAddress(form, pathOnly)),
          firstLine: writes(firstLine, candidate),
          top: writes(top, candidate),
          named,
          we: inSentences.filter((sentence) => WE.test(sentence)).length,
          acronymSpelled: candidate.acronym !== null && candidate.name !== candidate.acronym,
          graph: graph !== undefined && (graph.how === 'exact' || graph.how === 'acronym'),
          founding: inSentences.filter(
            (sentence) =>
              FOUNDING.test(sentence) &&
              forms.some((form) => {
                const at = normalise(sentence).indexOf(normalise(form));
                const verb = FOUNDING.exec(sentence)?.index ?? -1;
                return at >= 0 && at < verb;
              }),
          ).length,
          subject: new Set(forms.flatMap((form) => [...(opened.get(normalise(form)) ?? [])])).size,
          definition: sentences.some((sentence) => {
            const subject = DEFINITION.exec(sentence)?.[1];
            return (
              subject !== undefined && forms.some((form) => normalise(subject) === normalise(form))
            );
          }),
          words: candidate.name.split(/\s+/u).length,
        },
      };
    });
    const most = Math.max(0, ...rows.map((row) => row.signs.named));
    for (const row of rows)
      console.log(
        JSON.stringify({
          ...row,
          signs: { ...row.signs, mostNamed: row.signs.named === most && most > 0 },
        }),
      );
  }
}
process.exit(0);
