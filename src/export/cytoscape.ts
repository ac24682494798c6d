import { describedSources } from './attributes.js';
import { jsonStream, streamedArray } from './json-stream.js';
import { type ExportSource, eachOf } from './source.js';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)`; Cytoscape desktop opens it as .cyjs), also
 * read by networkx's `cytoscape_graph`: it keys nodes by `data.value`, edges of a multigraph by
 * `data.key`, and reads `directed`, `multigraph` and `data` at the top. Lists stay lists here.
 */
export function cytoscapeJson(source: ExportSource) {
  return jsonStream({
    format_version: '1.0',
    generated_by: 'solidarity-graph',
    target_cytoscapejs_version: '~3',
    directed: true,
    multigraph: true,
    data: { ...source.meta, name: source.meta.title },
    elements: {
      nodes: streamedArray(() =>
        eachOf(source.nodes(), ({ key, ...node }) => ({
          data: { id: key, value: key, key, label: node.acronym ?? node.name, ...node },
        })),
      ),
      edges: streamedArray(() =>
        eachOf(source.edges(), (edge) => ({ data: { ...edge, key: edge.id } })),
      ),
    },
    // After the elements: the sources they cite, described (read once the elements are).
    sources: streamedArray(() => describedSources(source)),
  });
}
