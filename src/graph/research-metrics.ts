import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// These packages are CommonJS with `module.exports = fn` but declare `export default`: take
// whichever the loader hands over.
function cjs<T>(module: T): T extends { default: infer D } ? D : T {
  return ((module as { default?: unknown }).default ?? module) as never;
}
const louvain = cjs(louvainModule);
const betweenness = cjs(betweennessModule);
const pagerank = cjs(pagerankModule);

/** The graph measured: node keys, and edges between them (an export's graph is one). */
export interface MetricsInput {
  nodes: readonly { key: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface NodeMetrics {
  key: string;
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export interface GraphMetrics {
  nodes: NodeMetrics[];
  communities: number;
  modularity: number;
}

/** The measures `metrics` can order its nodes by; each but COMMUNITY highest first. */
export const METRICS_ORDERS = ['PAGERANK', 'DEGREE', 'BETWEENNESS', 'COMMUNITY'] as const;
export type MetricsOrder = (typeof METRICS_ORDERS)[number];

/** Compares two nodes by `order`: the measure, then PageRank (highest first), then the key. */
function byMeasure(order: MetricsOrder) {
  const measure = (node: NodeMetrics): number => {
    if (order === 'DEGREE') return -node.degree;
    if (order === 'BETWEENNESS') return -node.betweenness;
    if (order === 'COMMUNITY') return node.community;
    return -node.pagerank;
  };
  return (a: NodeMetrics, b: NodeMetrics) =>
    measure(a) - measure(b) || b.pagerank - a.pagerank || a.key.localeCompare(b.key);
}

/** The first `top` nodes of `metrics` in `order` (communities and modularity are the graph's). */
export function topNodes(metrics: GraphMetrics, order: MetricsOrder, top: number): GraphMetrics {
  return { ...metrics, nodes: [...metrics.nodes].sort(byMeasure(order)).slice(0, top) };
}

/**
 * Degree (relationships), normalised betweenness, PageRank and Louvain communities, on the graph
 * seen as undirected with parallel relationships merged (who is connected to whom).
 */
export function computeMetrics(graph: MetricsInput): GraphMetrics {
  const simple = new UndirectedGraph();
  for (const node of graph.nodes) simple.addNode(node.key);
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
    if (edge.source !== edge.target) simple.mergeEdge(edge.source, edge.target);
  }
  if (simple.size === 0) {
    // Louvain needs at least one edge: isolated nodes are each their own community.
    const nodes = graph.nodes.map((node, index) => ({
      key: node.key,
      degree: 0,
      betweenness: 0,
      pagerank: 1 / Math.max(1, graph.nodes.length),
      community: index,
    }));
    return { nodes, communities: nodes.length, modularity: 0 };
  }
  const between = betweenness(simple, { normalized: true });
  const rank = pagerank(simple, { getEdgeWeight: null });
  // A fixed random source: the same graph always gets the same communities.
  let seed = 42;
  const detailed = louvain.detailed(simple, {
    rng: () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    },
  });
  const nodes = graph.nodes.map((node) => ({
    key: node.key,
    degree: degree.get(node.key) ?? 0,
    betweenness: between[node.key] ?? 0,
    pagerank: rank[node.key] ?? 0,
    community: detailed.communities[node.key] ?? 0,
  }));
  nodes.sort((a, b) => b.pagerank - a.pagerank || a.key.localeCompare(b.key));
  return { nodes, communities: detailed.count, modularity: detailed.modularity };
}
