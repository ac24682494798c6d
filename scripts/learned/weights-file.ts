// The model as a committed file: one line per feature, its weights in thousandths, so the file stays small and diffable.
import type { ModelWeights } from './model.js';

export interface WeightsFile {
  classes: string[];
  /** Per feature, its weight for each class (in `classes` order) times 1000, comma-separated. */
  weights: Record<string, string>;
}

const SCALE = 1000;

export function toFile(model: ModelWeights): WeightsFile {
  const weights: Record<string, string> = {};
  for (const [feature, row] of Object.entries(model.weights)) {
    const scaled = row.map((value) => Math.round(value * SCALE));
    if (scaled.some((value) => value !== 0)) weights[feature] = scaled.join(',');
  }
  return { classes: model.classes, weights };
}

export function fromFile(file: WeightsFile): ModelWeights {
  const weights: Record<string, number[]> = {};
  for (const [feature, row] of Object.entries(file.weights))
    weights[feature] = row.split(',').map((value) => Number(value) / SCALE);
  return { classes: file.classes, weights };
}

/** The file's text as biome formats JSON: two-space indents, one entry per line, a final newline. */
export const fileText = (model: ModelWeights) => `${JSON.stringify(toFile(model), null, 2)}\n`;
