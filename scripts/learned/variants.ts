// The four ways to combine the rules and the learned scorer that the cross-validation compares.
import type { ProposedRelation } from '../../src/import/proposal.js';
import type { Candidate } from './candidates.js';
import { featuresOf } from './features.js';
import { NONE, relationOf } from './labels.js';
import { type ModelWeights, probabilities } from './model.js';

export type Variant = 'rules' | 'model' | 'filtered' | 'plus';

export interface Thresholds {
  /** A model-only proposal needs at least this probability for its class. */
  propose: number;
  /** A rule's proposal is dropped when the model gives "none" at least this probability. */
  drop: number;
  /** An extra proposal beside the rules needs at least this probability. */
  add: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { propose: 0.5, drop: 0.95, add: 0.9 };

export interface Scored {
  candidate: Candidate;
  /** The best class other than none, and its probability; none's probability. */
  best: string;
  pBest: number;
  pNone: number;
}

export function scoreCandidates(
  candidates: readonly Candidate[],
  model: ModelWeights,
  features: readonly (readonly string[])[] = candidates.map(featuresOf),
): Scored[] {
  const none = model.classes.indexOf(NONE);
  return candidates.map((candidate, i) => {
    const p = probabilities(model, features[i] ?? []);
    let best = -1;
    p.forEach((value, c) => {
      if (c !== none && (best < 0 || value > (p[best] as number))) best = c;
    });
    return {
      candidate,
      best: model.classes[best] ?? NONE,
      pBest: p[best] ?? 0,
      pNone: p[none] ?? 0,
    };
  });
}

/** The proposals a variant makes from the rules' proposals and the scored candidates. */
export function combine(
  variant: Variant,
  rules: readonly ProposedRelation[],
  scored: readonly Scored[],
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ProposedRelation[] {
  if (variant === 'rules') return [...rules];
  const confident = (limit: number) =>
    scored
      .filter((s) => s.best !== NONE && s.pBest >= limit)
      .map((s) => relationOf(s.candidate, s.best, s.pBest));
  if (variant === 'model') return confident(thresholds.propose);
  const dropped = new Set(
    scored
      .filter((s) => s.pNone >= thresholds.drop)
      .flatMap((s) => s.candidate.rules.map((rule) => rule.index)),
  );
  const kept = rules.filter((_, index) => !dropped.has(index));
  if (variant === 'filtered') return kept;
  const ruled = new Set(scored.filter((s) => s.candidate.rules.length > 0));
  const extras = scored
    .filter((s) => !ruled.has(s) && s.best !== NONE && s.pBest >= thresholds.add)
    .map((s) => relationOf(s.candidate, s.best, s.pBest));
  return [...rules, ...extras];
}
