// The learned scorer's one hook: the rules' proposals less those it judges no relation at all. Not wired (see importer-history).
import { readFileSync } from 'node:fs';
import type { Matcher } from '../../src/import/match.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import { candidatesOf, type Page } from './candidates.js';
import type { ModelWeights } from './model.js';
import { combine, DEFAULT_THRESHOLDS, scoreCandidates } from './variants.js';
import { fromFile, type WeightsFile } from './weights-file.js';

let committed: ModelWeights | undefined;

/** The weights `npm run import:train -- --write` committed, read once. */
export function committedModel(): ModelWeights {
  committed ??= fromFile(
    JSON.parse(readFileSync(new URL('./weights.json', import.meta.url), 'utf8')) as WeightsFile,
  );
  return committed;
}

/** The "filtered" variant: a rule's proposal is dropped when the model gives its pair "none" with 0.95 or more. */
export function filterByModel<T extends ProposedRelation>(
  page: Page,
  matcher: Matcher,
  rules: readonly T[],
  model: ModelWeights = committedModel(),
): T[] {
  const scored = scoreCandidates(candidatesOf(page, matcher, rules), model);
  const kept = new Set(combine('filtered', rules, scored, DEFAULT_THRESHOLDS));
  return rules.filter((rule) => kept.has(rule));
}
