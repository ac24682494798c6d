// `npm run import:train [-- --cv] [--validate] [--write]`: the learned relation scorer, cross-validated by round.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMatcher } from '../src/cli/load-matcher.js';
import { runCommand } from '../src/cli/run-command.js';
import type { Matcher } from '../src/import/match.js';
import { byRound, examplesOf, figures, VARIANTS } from './learned/cross-validate.js';
import { type PageData, pageData } from './learned/dataset.js';
import { featuresOf } from './learned/features.js';
import { NONE } from './learned/labels.js';
import { DEFAULT_TRAINING, type ModelWeights, type TrainOptions, train } from './learned/model.js';
import { numberOption } from './learned/options.js';
import { DEFAULT_THRESHOLDS, type Thresholds, type Variant } from './learned/variants.js';
import { fileText } from './learned/weights-file.js';

const EVAL_DIR = 'tests/fixtures/eval';
const USAGE =
  'usage: npm run import:train [-- --cv] [--grid] [--validate] [--write] [--cache FILE] [--loose] [--epochs N] [--min-count N] [--l2 X] [--rate X] [--positive-weight X] [--propose P] [--drop P] [--add P]';
/** The annotated rounds the scorer may learn from: never the validation rounds 9 and 10, never 14. */
const TRAINING_SPLITS = [
  'development',
  'heldOut',
  'heldOut5',
  'heldOut6',
  'heldOut7',
  'heldOut8',
  'heldOut11',
  'heldOut12',
  'heldOut13',
];
const VALIDATION_SPLITS = ['heldOut9', 'heldOut10'];
const WEIGHTS_FILE = 'scripts/learned/weights.json';

const show = (value: number) => value.toFixed(2);

async function splitPages(
  names: readonly string[],
  matcher: () => Promise<Matcher>,
  cache?: string,
  loose = false,
) {
  // A cache of the pages' candidates and classes (features are recomputed): for trying models quickly.
  if (cache && existsSync(cache)) {
    const cached = JSON.parse(await readFile(cache, 'utf8')) as Record<string, PageData[]>;
    for (const pages of Object.values(cached))
      for (const page of pages) page.features = page.candidates.map(featuresOf);
    return cached;
  }
  const splits = JSON.parse(await readFile(join(EVAL_DIR, 'split.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const out: Record<string, PageData[]> = {};
  for (const name of names) {
    out[name] = [];
    for (const file of splits[name] ?? [])
      out[name].push(await pageData(join(EVAL_DIR, file), await matcher(), { loose }));
  }
  if (cache) await writeFile(cache, JSON.stringify(out));
  return out;
}

function line(label: string, pages: PageData[], model: ModelWeights, thresholds?: Thresholds) {
  const cells = VARIANTS.map((variant) => {
    const f = figures(pages, model, variant, thresholds);
    return `${variant} P ${show(f.precision)} R ${show(f.recall)} (${f.found}/${f.wrong}/${f.missed})`;
  });
  console.log(`${label.padEnd(14)} ${cells.join(' | ')}`);
}

/** Pooled figures of each variant over a few thresholds: each page scored by the model blind to its round. */
function grid(folds: ReturnType<typeof byRound>) {
  const settings: [string, Thresholds][] = [];
  for (const p of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    settings.push([`model>=${p}`, { ...DEFAULT_THRESHOLDS, propose: p }]);
  for (const d of [0.6, 0.7, 0.8, 0.9, 0.95])
    settings.push([`drop>=${d}`, { ...DEFAULT_THRESHOLDS, drop: d }]);
  for (const a of [0.5, 0.6, 0.7, 0.8, 0.9])
    settings.push([`add>=${a}`, { ...DEFAULT_THRESHOLDS, add: a }]);
  const late = new Set(['r8', 'r11', 'r12', 'r13']);
  for (const [name, thresholds] of settings) {
    const variant = name.startsWith('model')
      ? 'model'
      : name.startsWith('drop')
        ? 'filtered'
        : 'plus';
    const all = pooled(folds, variant, thresholds);
    const lateOnly = pooled(
      folds.filter((fold) => late.has(fold.round)),
      variant,
      thresholds,
    );
    console.log(`grid ${name.padEnd(10)} all ${all} | r8,r11-13 ${lateOnly}`);
  }
}

/** One variant's figures over several folds, each page scored by the model blind to its round. */
function pooled(folds: ReturnType<typeof byRound>, variant: Variant, thresholds: Thresholds) {
  let [found, wrong, missed] = [0, 0, 0];
  for (const fold of folds) {
    const f = figures(fold.pages, fold.model, variant, thresholds);
    [found, wrong, missed] = [found + f.found, wrong + f.wrong, missed + f.missed];
  }
  return `P ${show(found / Math.max(1, found + wrong))} R ${show(found / Math.max(1, found + missed))} (${found}/${wrong}/${missed})`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      cv: { type: 'boolean', default: false },
      validate: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      cache: { type: 'string' },
      loose: { type: 'boolean', default: false },
      epochs: { type: 'string' },
      l2: { type: 'string' },
      rate: { type: 'string' },
      'min-count': { type: 'string' },
      grid: { type: 'boolean', default: false },
      'positive-weight': { type: 'string' },
      propose: { type: 'string' },
      drop: { type: 'string' },
      add: { type: 'string' },
    },
  });
  const thresholds: Thresholds = {
    propose: numberOption('propose', values.propose),
    drop: numberOption('drop', values.drop),
    add: numberOption('add', values.add),
  };
  const options: TrainOptions = {
    epochs: numberOption('epochs', values.epochs),
    l2: numberOption('l2', values.l2),
    rate: numberOption('rate', values.rate),
    minCount: numberOption('min-count', values['min-count']),
    seed: DEFAULT_TRAINING.seed,
    positiveWeight: numberOption('positive-weight', values['positive-weight']),
  };
  // The graph's names are read once, and only when a page is read (not from the cache).
  let loaded: Promise<Matcher> | undefined;
  const matcher = () => {
    loaded ??= loadMatcher();
    return loaded;
  };
  const started = Date.now();
  const pages = Object.values(
    await splitPages(TRAINING_SPLITS, matcher, values.cache, values.loose),
  ).flat();
  const examples = examplesOf(pages);
  const expected = pages.reduce((sum, page) => sum + page.expected.relations.length, 0);
  const reachable = examples.filter((example) => example.label !== NONE).length;
  console.log(
    `${pages.length} pages, ${examples.length} candidates, ${reachable} labelled with an expected relation (of ${expected} expected) in ${Date.now() - started} ms`,
  );
  console.log('figures: found/wrong/missed; thresholds', JSON.stringify(thresholds));
  if (values.cv) {
    const folds = byRound(pages, options);
    for (const fold of folds) {
      const labelled = fold.pages.reduce(
        (n, p) => n + p.labels.filter((l) => l !== NONE).length,
        0,
      );
      const wanted = fold.pages.reduce((n, p) => n + p.expected.relations.length, 0);
      line(`round ${fold.round} [${labelled}/${wanted}]`, fold.pages, fold.model, thresholds);
    }
    if (values.grid) grid(folds);
    const cells = VARIANTS.map((variant) => `${variant} ${pooled(folds, variant, thresholds)}`);
    console.log(`${'all rounds'.padEnd(14)} ${cells.join(' | ')}`);
  }
  const model = train(examples, options);
  if (values.write) {
    await writeFile(WEIGHTS_FILE, fileText(model));
    console.log(
      `${WEIGHTS_FILE}: ${Object.keys(model.weights).length} features, ${model.classes.length} classes`,
    );
  }
  if (values.validate) {
    // Validation: summary lines only, never the pages or rows.
    const held = await splitPages(VALIDATION_SPLITS, matcher);
    for (const [name, inSplit] of Object.entries(held))
      line(`VALIDATION ${name}`, inSplit, model, thresholds);
  }
  return 0;
}

runCommand(main, USAGE);
