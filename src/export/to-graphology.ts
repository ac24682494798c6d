import { MultiDirectedGraph } from 'graphology';
import { edgeAttributes, nodeAttributes, type Scalar } from './attributes.js';
import type { ExportGraph } from './graph-query.js';
import type { ExportMeta } from './meta.js';

export type ExportGraphology = MultiDirectedGraph<
  Record<string, Scalar>,
  Record<string, Scalar>,
  Record<string, string>
>;

/** The export as a graphology graph: node ids are keys, edge ids "from|TYPE|to". */
export function toGraphology(graph: ExportGraph, meta: ExportMeta): ExportGraphology {
  // Multi: two nodes can be joined by relationships of several types (MEMBER_OF and FOUNDED).
  const out: ExportGraphology = new MultiDirectedGraph();
  out.replaceAttributes({
    creator: 'solidarity-graph',
    title: meta.title,
    description: meta.citation,
    datasetVersion: meta.datasetVersion,
    exportedAt: meta.exportedAt,
    licence: meta.licence,
    selection: meta.selection,
  });
  for (const node of graph.nodes) out.addNode(node.key, nodeAttributes(node));
  for (const edge of graph.edges) {
    out.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edgeAttributes(edge));
  }
  return out;
}
