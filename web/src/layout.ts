import fa2 from 'graphology-layout-forceatlas2';
import type { AbstractGraph } from 'graphology-types';

// index.d.ts declares `export default`, but index.js sets `module.exports` to the layout function.
export const forceAtlas2 = fa2 as unknown as typeof fa2.default;

/**
 * ForceAtlas2 runs until it has settled, counted in iterations, never in time: the same view gives
 * the same picture on a fast or a loaded machine (`npx tsx scripts/measure-layout.ts` measures it).
 */
export const LAYOUT = {
  /** Iterations run between two looks at how far the nodes moved. */
  step: 50,
  /** Settled: in `step` iterations, nodes moved on average less than this share of the width. */
  settled: 0.001,
  /** Whatever happens, no more iterations than this. */
  maxIterations: 2000,
} as const;

type Positions = Map<string, { x: number; y: number }>;

function positions(graph: AbstractGraph): Positions {
  return new Map(graph.mapNodes((key, a) => [key, { x: Number(a.x), y: Number(a.y) }]));
}

/** The mean distance between two layouts of the same nodes, as a share of the first one's width. */
export function meanMove(before: Positions, after: Positions): number {
  const xs = [...before.values()].map((p) => p.x);
  const width = Math.max(...xs) - Math.min(...xs) || 1;
  let total = 0;
  for (const [key, a] of before) {
    const b = after.get(key) ?? a;
    total += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return total / Math.max(1, before.size) / width;
}

/** A number in [0, 1) from a key (FNV-1a): a seed that is the same every time the key is drawn. */
function unitHash(key: string, salt: number): number {
  let hash = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 2 ** 32;
}

/** Where each node starts: a disc of radius 10, at a place its key alone decides. */
function seedPositions(graph: AbstractGraph): void {
  graph.forEachNode((key) => {
    const angle = 2 * Math.PI * unitHash(key, 1);
    const radius = 10 * Math.sqrt(unitHash(key, 2));
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/**
 * Lays the graph out in place (its nodes' x and y): seeded by key, then ForceAtlas2 until it has
 * settled; returns the iterations run.
 */
export function layOut(graph: AbstractGraph, layout = LAYOUT): number {
  seedPositions(graph);
  if (graph.order < 2) return 0;
  const settings = forceAtlas2.inferSettings(graph);
  let iterations = 0;
  while (iterations < layout.maxIterations) {
    const before = positions(graph);
    forceAtlas2.assign(graph, { iterations: layout.step, settings });
    iterations += layout.step;
    if (meanMove(before, positions(graph)) < layout.settled) break;
  }
  return iterations;
}
