// Cross-validation by round: train on every other annotated round, score the held round per variant.
import { scoreFile, totals } from '../../src/import/evaluate.js';
import type { PageData } from './dataset.js';
import { type Example, type ModelWeights, type TrainOptions, train } from './model.js';
import { combine, scoreCandidates, type Thresholds, type Variant } from './variants.js';

export const VARIANTS: readonly Variant[] = ['rules', 'model', 'filtered', 'plus'];

export interface Figures {
  precision: number;
  recall: number;
  found: number;
  wrong: number;
  missed: number;
}

export const examplesOf = (pages: readonly PageData[]): Example[] =>
  pages.flatMap((page) =>
    page.features.map((features, i) => ({ features, label: page.labels[i] as string })),
  );

/** Precision and recall of a variant over pages, as import:eval counts them. */
export function figures(
  pages: readonly PageData[],
  model: ModelWeights,
  variant: Variant,
  thresholds?: Thresholds,
): Figures {
  const scores = pages.map((page) => {
    const scored = scoreCandidates(page.candidates, model, page.features);
    const relations = combine(variant, page.result.relations, scored, thresholds);
    return scoreFile({ ...page.result, relations }, page.expected);
  });
  const total = totals(scores);
  const found = scores.reduce((sum, score) => sum + score.truePositives, 0);
  return {
    precision: total.precision,
    recall: total.recall,
    found,
    wrong: scores.reduce((sum, score) => sum + score.falsePositives.length, 0),
    missed: scores.reduce((sum, score) => sum + score.falseNegatives.length, 0),
  };
}

/** Per held-out round, the model trained without it. */
export function byRound(
  pages: readonly PageData[],
  options?: TrainOptions,
): { round: string; pages: PageData[]; model: ModelWeights }[] {
  const rounds = [...new Set(pages.map((page) => page.round))];
  return rounds.map((round) => {
    const held = pages.filter((page) => page.round === round);
    const model = train(examplesOf(pages.filter((page) => page.round !== round)), options);
    return { round, pages: held, model };
  });
}
