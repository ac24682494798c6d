// The numeric options of `npm run import:train`, checked: a value that is no number or out of
// bounds stops the command with a usage error naming the option, never a NaN model.
import { intInRange } from '../../src/arguments.js';
import { UsageError } from '../../src/cli/run-command.js';
import { DomainError } from '../../src/domain-error.js';
import type { IntBound } from '../../src/limits.js';
import { DEFAULT_TRAINING } from './model.js';
import { DEFAULT_THRESHOLDS } from './variants.js';

/** Each numeric option's bounds and default; `integer` for counts. */
export const TRAIN_OPTIONS = {
  epochs: { min: 1, max: 1000, default: DEFAULT_TRAINING.epochs, integer: true },
  'min-count': { min: 1, max: 1000, default: DEFAULT_TRAINING.minCount, integer: true },
  l2: { min: 0, max: 1, default: DEFAULT_TRAINING.l2, integer: false },
  rate: { min: 1e-6, max: 10, default: DEFAULT_TRAINING.rate, integer: false },
  'positive-weight': {
    min: 0.01,
    max: 100,
    default: DEFAULT_TRAINING.positiveWeight,
    integer: false,
  },
  propose: { min: 0, max: 1, default: DEFAULT_THRESHOLDS.propose, integer: false },
  drop: { min: 0, max: 1, default: DEFAULT_THRESHOLDS.drop, integer: false },
  add: { min: 0, max: 1, default: DEFAULT_THRESHOLDS.add, integer: false },
} as const satisfies Record<string, IntBound & { integer: boolean }>;

export type TrainOption = keyof typeof TRAIN_OPTIONS;

/** One option's value: its default when absent, else the number written, within its bounds. */
export function numberOption(name: TrainOption, raw: string | undefined): number {
  const bound = TRAIN_OPTIONS[name];
  if (raw === undefined) return bound.default;
  const value = Number(raw);
  const kind = bound.integer ? 'an integer' : 'a number';
  if (raw.trim() === '' || !Number.isFinite(value) || (bound.integer && !Number.isInteger(value)))
    throw new UsageError(`Invalid argument "--${name}": must be ${kind}, got "${raw}"`);
  try {
    // intInRange checks any number against a bound, fractions too.
    return intInRange(`--${name}`, value, bound);
  } catch (error) {
    throw error instanceof DomainError ? new UsageError(error.message) : error;
  }
}
