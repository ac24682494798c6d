import type Sigma from 'sigma';

/** Where a node's label is drawn on the canvas, in CSS pixels. */
export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

type AnySigma = Sigma<Record<string, unknown>, Record<string, unknown>>;

let measure: CanvasRenderingContext2D | null = null;

/** The box sigma's default label renderer fills: right of the node, at the node's height. */
export function labelBox(sigma: AnySigma, key: string, label: string): LabelBox | null {
  const data = sigma.getNodeDisplayData(key);
  if (!data) return null;
  const { x, y } = sigma.framedGraphToViewport(data);
  const size = sigma.getSetting('labelSize');
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return null;
  measure.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
  const left = x + sigma.scaleSize(data.size) + 3;
  return { key, x: left, y: y - size * 0.8, width: measure.measureText(label).width, height: size };
}

const MARGIN = 3;

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return (
    a.x < b.x + b.width + MARGIN &&
    b.x < a.x + a.width + MARGIN &&
    a.y < b.y + b.height + MARGIN &&
    b.y < a.y + a.height + MARGIN
  );
}

/** Label pairs whose boxes touch: 0 means no label covers another. */
export function overlappingPairs(boxes: LabelBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      if (overlaps(boxes[i] as LabelBox, boxes[j] as LabelBox)) pairs += 1;
    }
  }
  return pairs;
}

/**
 * The labels a printed figure keeps: the focus node first, then by degree, each only if its box
 * stays inside the figure and clear of the labels already kept; so the crowd around a hub keeps
 * a few labels instead of a pile.
 */
export function printLabels(sigma: AnySigma, focus: string): Set<string> {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const order = graph
    .nodes()
    .sort((a, b) => Number(b === focus) - Number(a === focus) || graph.degree(b) - graph.degree(a));
  const kept: LabelBox[] = [];
  for (const key of order) {
    const label = sigma.getNodeDisplayData(key)?.label;
    const box = label ? labelBox(sigma, key, label) : null;
    if (
      !box ||
      box.x < 0 ||
      box.y < 0 ||
      box.x + box.width > width ||
      box.y + box.height > height
    ) {
      continue;
    }
    if (kept.every((other) => !overlaps(box, other))) kept.push(box);
  }
  return new Set(kept.map((box) => box.key));
}
