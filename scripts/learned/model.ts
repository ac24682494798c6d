// A small multinomial logistic regression over sparse string features (L2, seeded SGD): the learned scorer's model.

export interface Example {
  features: readonly string[];
  label: string;
}

/** The trained model as committed: its classes and, per kept feature, one weight per class. */
export interface ModelWeights {
  classes: string[];
  weights: Record<string, number[]>;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  /** L2 strength, applied to the weights an example touches. */
  l2: number;
  /** Features seen in fewer examples are dropped. */
  minCount: number;
  seed: number;
  /** How much more an example of a relation counts than one of "none" (the classes are unbalanced). */
  positiveWeight: number;
}

export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 10,
  rate: 0.1,
  l2: 1e-3,
  minCount: 2,
  seed: 17,
  positiveWeight: 1,
};

/** A linear congruential generator (Numerical Recipes' constants): seeded, so training repeats exactly. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

/** The class probabilities of one feature set, in the model's class order. */
export function probabilities(model: ModelWeights, features: readonly string[]): number[] {
  const scores = model.classes.map(() => 0);
  for (const feature of features) {
    const row = model.weights[feature];
    if (!row) continue;
    for (let c = 0; c < scores.length; c += 1) scores[c] = (scores[c] as number) + (row[c] ?? 0);
  }
  return softmax(scores);
}

export function train(examples: readonly Example[], options: TrainOptions = DEFAULT_TRAINING) {
  const classes = [...new Set(examples.map((example) => example.label))].sort();
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of new Set(example.features))
      counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= options.minCount);
  vocabulary.sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const k = classes.length;
  const w = new Float64Array(vocabulary.length * k);
  const rows = examples.map((example) => ({
    features: [...new Set(example.features)]
      .map((feature) => index.get(feature))
      .filter((i): i is number => i !== undefined),
    label: classes.indexOf(example.label),
  }));
  const random = seeded(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.rate / (1 + epoch * 0.2);
    for (const at of order) {
      const row = rows[at] as (typeof rows)[number];
      const scores = new Array<number>(k).fill(0);
      for (const f of row.features)
        for (let c = 0; c < k; c += 1) scores[c] = (scores[c] as number) + (w[f * k + c] as number);
      const p = softmax(scores);
      const weight = classes[row.label] === 'none' ? 1 : options.positiveWeight;
      for (const f of row.features)
        for (let c = 0; c < k; c += 1) {
          const gradient = weight * ((p[c] as number) - (c === row.label ? 1 : 0));
          const at2 = f * k + c;
          w[at2] = (w[at2] as number) - rate * (gradient + options.l2 * (w[at2] as number));
        }
    }
  }
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((feature, f) => {
    const row = Array.from(w.subarray(f * k, f * k + k), (value) => Math.round(value * 1e4) / 1e4);
    if (row.some((value) => Math.abs(value) >= 1e-3)) weights[feature] = row;
  });
  return { classes, weights } satisfies ModelWeights;
}
