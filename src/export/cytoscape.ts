import { jsonStream, streamedArray } from './json-stream.js';
import { type ExportSource, eachOf } from './source.js';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)`; Cytoscape desktop opens it as .cyjs).
 * Lists stay lists here: JSON can hold them.
 */
export function cytoscapeJson(source: ExportSource) {
  return jsonStream({
    format_version: '1.0',
    generated_by: 'solidarity-graph',
    target_cytoscapejs_version: '~3',
    data: { ...source.meta, name: source.meta.title },
    elements: {
      nodes: streamedArray(() =>
        eachOf(source.nodes(), ({ key, ...node }) => ({
          data: { id: key, key, label: node.acronym ?? node.name, ...node },
        })),
      ),
      edges: streamedArray(() => eachOf(source.edges(), (edge) => ({ data: { ...edge } }))),
    },
  });
}
