// Session 33: does the learned scorer carry to rounds no rule was written on? Train on the rounds
// rules were written on, score rounds 29–32 (and, cross-round, train ≤ 24 and score 25–28).
// `npx tsx scripts/learned/unseen.ts [--cache DIR] [--annotated]`; needs the graph (NEO4J_URI).
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatcher } from '../../src/cli/load-matcher.js';
import { nameKey, sameActor, scoreFile } from '../../src/import/evaluate.js';
import { sentences } from '../../src/import/extract.js';
import type { Matcher } from '../../src/import/match.js';
import { parseProfile } from '../../src/import/parse.js';
import type { End } from '../../src/import/proposal.js';
import { normalise } from '../../src/text/normalise.js';
import type { Candidate } from './candidates.js';
import { examplesOf, figures } from './cross-validate.js';
import { type Expected, type PageData, pageData } from './dataset.js';
import { featuresOf, stem } from './features.js';
import { NONE, relationOf } from './labels.js';
import { DEFAULT_TRAINING, type ModelWeights, train } from './model.js';
import { DEFAULT_THRESHOLDS, scoreCandidates, type Variant } from './variants.js';

const EVAL_DIR = 'tests/fixtures/eval';
const rounds = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `heldOut${from + i}`);
/** The rounds rules were written on: development, heldOut, 5–8, 11–28 (never 9, 10, 33, 34). */
const EARLY = ['development', 'heldOut', ...rounds(5, 8), ...rounds(11, 24)];
const MIDDLE = rounds(25, 28);
const UNSEEN = rounds(29, 32);
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    cache: { type: 'string', default: '.data/learned' },
    annotated: { type: 'boolean', default: false },
    /** Every annotated end taken as a body where a sentence writes it: the name finder's ceiling (optimistic). */
    'annotated-ends': { type: 'boolean', default: false },
    'positive-weight': { type: 'string' },
    /** Drop the rules' votes from the features: a reader of its own, not a second opinion. */
    'without-rules': { type: 'boolean', default: false },
    /** Add the nearest words and the list shape between the two ends. */
    extra: { type: 'boolean', default: false },
    'skip-census': { type: 'boolean', default: false },
    /** After the measurement: the model's own proposals on 29–32, its heaviest features, the ends the name finder misses. */
    explain: { type: 'boolean', default: false },
    /** A learning curve: the model trained on a quarter, a half and all of the training rounds. */
    curve: { type: 'boolean', default: false },
    /** Only the cross-round table (train ≤ 24, score 25–28): for choosing settings blind to 29–32. */
    'cross-only': { type: 'boolean', default: false },
    epochs: { type: 'string' },
    l2: { type: 'string' },
    'min-count': { type: 'string' },
    /** Drop what names one page (heading words, the ends' own words): only what could recur. */
    generic: { type: 'boolean', default: false },
  },
});
const annotatedActor = values.annotated;
const annotatedEnds = values['annotated-ends'];
const training = {
  ...DEFAULT_TRAINING,
  positiveWeight: Number(values['positive-weight'] ?? DEFAULT_TRAINING.positiveWeight),
  epochs: Number(values.epochs ?? DEFAULT_TRAINING.epochs),
  l2: Number(values.l2 ?? DEFAULT_TRAINING.l2),
  minCount: Number(values['min-count'] ?? DEFAULT_TRAINING.minCount),
};

let matcher: Promise<Matcher> | undefined;
const splits = JSON.parse(await readFile(join(EVAL_DIR, 'split.json'), 'utf8')) as Record<
  string,
  string[]
>;

const wordsOf = (text: string) => normalise(text).split(' ').filter(Boolean).map(stem);

/** The words nearest each end and the shape of what stands between them: a list, a verb. */
function extraFeatures(candidate: Candidate): string[] {
  const out = new Set<string>();
  for (const context of candidate.contexts.slice(0, 12)) {
    const { sentence, aAt, aEnd, bAt } = context;
    if (bAt < 0) continue;
    const bEnd = bAt + candidate.b.name.length;
    out.add(`l1:${wordsOf(sentence.slice(0, bAt)).at(-1) ?? '^'}`);
    out.add(`r1:${wordsOf(sentence.slice(bEnd))[0] ?? '$'}`);
    if (aAt < 0) continue;
    const [start, end] = aAt < bAt ? [aEnd, bAt] : [bEnd, aAt];
    const gap = start < end ? sentence.slice(start, end) : '';
    const between = wordsOf(gap);
    out.add(`m1:${between[0] ?? '-'}`);
    out.add(`m9:${between.at(-1) ?? '-'}`);
    if (/^[\s,;]*(?:and|et|&)?[\s,;]*$/iu.test(gap)) out.add('m:list-like');
    if (/\(/u.test(gap) && between.length <= 2) out.add('m:parenthesis');
  }
  return [...out];
}

function featuresFor(candidate: Candidate): string[] {
  let features = featuresOf(candidate);
  if (values['without-rules']) features = features.filter((f) => !f.startsWith('rule'));
  if (values.generic) features = features.filter((f) => !/^(?:h|[ab]-first|[ab]-last):/u.test(f));
  if (values.extra) features = [...features, ...extraFeatures(candidate)];
  return features;
}

/** A split's pages, from the cache when it holds them (features recomputed, so they may change). */
async function pagesOf(split: string): Promise<PageData[]> {
  const cache = join(
    values.cache as string,
    `${split}${annotatedActor ? '-annotated' : ''}${annotatedEnds ? '-ends' : ''}.json`,
  );
  if (existsSync(cache)) {
    const pages = JSON.parse(await readFile(cache, 'utf8')) as PageData[];
    for (const page of pages) page.features = page.candidates.map(featuresFor);
    return pages;
  }
  matcher ??= loadMatcher();
  const out: PageData[] = [];
  for (const file of splits[split] ?? [])
    out.push(
      await pageData(join(EVAL_DIR, file), await matcher, { annotatedActor, annotatedEnds }),
    );
  await writeFile(cache, JSON.stringify(out));
  for (const page of out) page.features = page.candidates.map(featuresFor);
  return out;
}

const show = (n: number) => n.toFixed(2);
const cell = (f: ReturnType<typeof figures>) =>
  `P ${show(f.precision)} R ${show(f.recall)} (${f.found}/${f.wrong}/${f.missed})`;

/** The (found, wrong, missed) table of rules, the model alone and the union over thresholds. */
function table(label: string, pages: PageData[], model: ModelWeights) {
  const row = (variant: Variant, p: number) =>
    cell(figures(pages, model, variant, { ...DEFAULT_THRESHOLDS, propose: p, add: p }));
  console.log(`\n## ${label}: ${pages.length} pages`);
  console.log(`rules alone            ${row('rules', 1)}`);
  for (const p of THRESHOLDS)
    console.log(`p>=${p.toFixed(2)} model ${row('model', p)} | union ${row('plus', p)}`);
}

/** What the candidates could reach at best: every pair given its right class. */
function oracle(pages: PageData[]) {
  let reached = 0;
  let expected = 0;
  for (const page of pages) {
    const relations = page.candidates.flatMap((candidate, i) => {
      const label = page.labels[i] as string;
      return label === NONE ? [] : [relationOf(candidate, label, 1)];
    });
    const score = scoreFile({ ...page.result, relations }, page.expected);
    reached += score.truePositives;
    expected += score.truePositives + score.falseNegatives.length;
  }
  return `${reached} of ${expected} (${show(reached / Math.max(1, expected))})`;
}

/** Both ends of an expected relation, the actor's end marked. */
function endsOf(relation: Expected['relations'][number], actor: Expected['actor']): End[] {
  if (relation.from && relation.to) return [relation.from, relation.to];
  const self = { match: actor.match, name: actor.name };
  return relation.other ? [relation.other, self] : [self];
}

/** Step 1: per expected relation, where the page writes its ends and what the name finder sees. */
async function census(pages: PageData[]) {
  const rows = new Map<string, number>();
  const add = (key: string) => rows.set(key, (rows.get(key) ?? 0) + 1);
  for (const page of pages) {
    const actor = page.expected.actor;
    const actorForms = [actor.name, actor.acronym].filter((f): f is string => !!f).map(normalise);
    const isActor = (end: End) =>
      (end.match !== null && end.match === actor.match) || actorForms.includes(normalise(end.name));
    let text = '';
    let said: string[] = [];
    try {
      const profile = parseProfile(await readFile(join(EVAL_DIR, page.file)), page.file);
      text = normalise([...profile.paragraphs, ...profile.lines].join('\n'));
      said = profile.paragraphs
        .flatMap((paragraph) => sentences(paragraph, profile.language))
        .concat(profile.lines)
        .map(normalise);
    } catch {
      // A refused page writes nothing the importer reads.
    }
    const actorRight = sameActor(page.result.actor, actor);
    const found = page.candidates.flatMap((candidate) => [candidate.a, candidate.b]);
    const foundKeys = new Set(found.map((end) => end.match).filter((key) => key !== null));
    const foundNames = new Set(found.map((end) => nameKey(end.name)));
    const seen = (end: End) =>
      (end.match !== null && foundKeys.has(end.match)) || foundNames.has(nameKey(end.name));
    const oracleRelations = page.candidates.flatMap((candidate, i) =>
      page.labels[i] === NONE ? [] : [relationOf(candidate, page.labels[i] as string, 1)],
    );
    for (const relation of page.expected.relations) {
      const ends = endsOf(relation, actor);
      if (values.explain)
        for (const end of ends.filter((e) => !isActor(e) && !seen(e)))
          console.log(
            `unseen-end ${page.file} ${relation.type} "${end.name}" written ${text.includes(normalise(end.name))} other-extent ${[...foundNames].some((name) => name.length > 2 && (name.includes(nameKey(end.name)) || nameKey(end.name).includes(name)))}`,
          );
      const forms = (end: End) => (isActor(end) ? actorForms : [normalise(end.name)]);
      const written = ends.every((end) => forms(end).some((form) => form && text.includes(form)));
      const together = said.some((line) =>
        ends.every((end) => forms(end).some((form) => form && line.includes(form))),
      );
      const others = ends.filter((end) => !isActor(end));
      const finder = others.every(seen);
      const one = { actor: page.expected.actor, relations: [relation] };
      const pair =
        scoreFile({ ...page.result, relations: oracleRelations }, one).truePositives === 1;
      const rule = scoreFile(page.result, one).truePositives === 1;
      add('all');
      add(`actor read right: ${actorRight}`);
      add(`actor is an end: ${others.length < ends.length}`);
      add(`both ends written on the page: ${written}`);
      add(`both ends in one sentence or line: ${together}`);
      add(`name finder sees every other end: ${finder}`);
      add(`a candidate pair reaches it: ${pair}`);
      add(`the rules find it: ${rule}`);
      add(`written ${written} / together ${together} / finder ${finder} / pair ${pair}`);
    }
  }
  for (const [key, count] of [...rows].sort()) console.log(`${String(count).padStart(5)}  ${key}`);
}

/** The model's proposals at ≥ 0.8 on pairs no rule proposed, right or wrong, and its heaviest features. */
function explain(pages: PageData[], model: ModelWeights) {
  for (const page of pages) {
    const scored = scoreCandidates(page.candidates, model, page.features);
    for (const s of scored) {
      if (s.best === NONE || s.pBest < 0.8) continue;
      const relation = relationOf(s.candidate, s.best, s.pBest);
      const one = scoreFile({ ...page.result, relations: [relation] }, page.expected);
      const rule = s.candidate.rules.length > 0 ? 'rule' : 'new';
      console.log(
        `model ${one.truePositives === 1 ? 'RIGHT' : 'WRONG'} ${rule} ${page.file} ${relation.from.name} ${relation.type} ${relation.to.name} ${s.pBest.toFixed(2)} | ${(s.candidate.contexts[0]?.sentence ?? '').slice(0, 160).replace(/\s+/gu, ' ')}`,
      );
    }
  }
  model.classes.forEach((label, c) => {
    if (label === NONE) return;
    const heaviest = Object.entries(model.weights)
      .map(([feature, row]) => [feature, row[c] as number] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([feature, weight]) => `${feature} ${weight.toFixed(2)}`);
    console.log(`weights ${label}: ${heaviest.join(', ')}`);
  });
}

const early = (await Promise.all(EARLY.map(pagesOf))).flat();
const middle = (await Promise.all(MIDDLE.map(pagesOf))).flat();
const unseen = (await Promise.all(UNSEEN.map(pagesOf))).flat();
console.log(
  `actor: ${annotatedActor ? 'annotated' : 'as read'}; annotated ends ${annotatedEnds}; training`,
  JSON.stringify(training),
);
console.log(
  `features: without rules ${values['without-rules']}, extra ${values.extra}, generic ${values.generic}`,
);
console.log(
  `candidates reach (oracle): ≤24 ${oracle(early)}; 25–28 ${oracle(middle)}; 29–32 ${oracle(unseen)}`,
);
if (!values['skip-census']) {
  console.log('\n## census, rounds 29–32');
  await census(unseen);
  console.log('\n## census, rounds 25–28');
  await census(middle);
}
const crossModel = train(examplesOf(early), training);
table('cross-round: trained on ≤ 24, scored on 25–28', middle, crossModel);
if (values['cross-only']) process.exit(0);
const model = train(examplesOf([...early, ...middle]), training);
table('trained on ≤ 28, scored on 29–32', unseen, model);
for (const split of UNSEEN) {
  const pages = unseen.filter((page) => splits[split]?.includes(page.file));
  const f = (variant: Variant, p: number) =>
    cell(figures(pages, model, variant, { ...DEFAULT_THRESHOLDS, propose: p, add: p }));
  console.log(
    `${split}: rules ${f('rules', 1)} | model>=0.8 ${f('model', 0.8)} | union>=0.8 ${f('plus', 0.8)}`,
  );
}
if (values.explain) explain(unseen, model);
if (values.curve) {
  // Rounds kept whole, the same share of early and late rounds in each part.
  const trainRounds = [...EARLY, ...MIDDLE];
  const trainPages = [...early, ...middle];
  for (const share of [0.25, 0.5, 1]) {
    const kept = new Set(trainRounds.filter((_, i) => i % Math.round(1 / share) === 0));
    const pages = trainPages.filter((page) =>
      [...kept].some((split) => splits[split]?.includes(page.file)),
    );
    const partial = train(examplesOf(pages), training);
    const f = (variant: Variant, p: number) =>
      cell(figures(unseen, partial, variant, { ...DEFAULT_THRESHOLDS, propose: p, add: p }));
    console.log(
      `curve ${kept.size} rounds, ${pages.length} pages: model>=0.5 ${f('model', 0.5)} | model>=0.8 ${f('model', 0.8)} | union>=0.8 ${f('plus', 0.8)}`,
    );
  }
  // The same model on pages it was trained on: how much of its figure is memory.
  const own = (variant: Variant, p: number) =>
    cell(figures(trainPages, model, variant, { ...DEFAULT_THRESHOLDS, propose: p, add: p }));
  console.log(
    `on its own training pages: rules ${own('rules', 1)} | model>=0.5 ${own('model', 0.5)} | model>=0.8 ${own('model', 0.8)}`,
  );
}
const right = unseen.filter((page) => sameActor(page.result.actor, page.expected.actor));
table('29–32, pages whose actor was read right', right, model);
process.exit(0);
