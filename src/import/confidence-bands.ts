// Proposals grouped by confidence, to see whether a higher confidence means more often right.
import type { ProposalOutcome } from './evaluate.js';

/** Each band's lower bound, highest first; confidences are given to the hundredth. */
const LOWER_BOUNDS = [0.9, 0.8, 0.7, 0.6] as const;

export interface BandOutcome {
  /** "≥ 0.90", "0.80–0.89", …, "< 0.60". */
  band: string;
  proposed: number;
  right: number;
}

function bandOf(confidence: number): string {
  const index = LOWER_BOUNDS.findIndex((bound) => confidence >= bound);
  if (index === 0) return `≥ ${LOWER_BOUNDS[0].toFixed(2)}`;
  if (index === -1) return `< ${LOWER_BOUNDS[LOWER_BOUNDS.length - 1]?.toFixed(2)}`;
  const low = LOWER_BOUNDS[index] as number;
  return `${low.toFixed(2)}–${((LOWER_BOUNDS[index - 1] as number) - 0.01).toFixed(2)}`;
}

/** The bands that hold a proposal, highest first, with how many of their proposals are right. */
export function byConfidence(outcomes: readonly ProposalOutcome[]): BandOutcome[] {
  const bands = new Map<string, BandOutcome>();
  const ordered = [...outcomes].sort((a, b) => b.confidence - a.confidence);
  for (const { confidence, right } of ordered) {
    const band = bandOf(confidence);
    const entry = bands.get(band) ?? { band, proposed: 0, right: 0 };
    entry.proposed += 1;
    if (right) entry.right += 1;
    bands.set(band, entry);
  }
  return [...bands.values()];
}
