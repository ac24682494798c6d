import type { ExportGraph } from './graph-query.js';
import type { ExportMeta } from './meta.js';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)`; Cytoscape desktop opens it as .cyjs).
 * Lists stay lists here: JSON can hold them.
 */
export function toCytoscape(graph: ExportGraph, meta: ExportMeta) {
  return {
    format_version: '1.0',
    generated_by: 'solidarity-graph',
    target_cytoscapejs_version: '~3',
    data: { ...meta, name: meta.title },
    elements: {
      nodes: graph.nodes.map(({ key, ...node }) => ({
        data: { id: key, key, label: node.acronym ?? node.name, ...node },
      })),
      edges: graph.edges.map((edge) => ({ data: { ...edge } })),
    },
  };
}
