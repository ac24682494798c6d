import { describedSources, edgeAttributes, graphAttributes, nodeAttributes } from './attributes.js';
import { jsonStream, streamedArray } from './json-stream.js';
import { type ExportSource, eachOf } from './source.js';

/**
 * graphology's serialised graph (`MultiDirectedGraph.from(json)`, sigma.js), written as it streams:
 * node ids are keys, edge ids "from|TYPE|to". Multi: two nodes can be joined by relationships of
 * several types (MEMBER_OF and FOUNDED). The cited sources follow the edges (graphology skips them).
 */
export function graphologyJson(source: ExportSource) {
  return jsonStream({
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: graphAttributes(source.meta),
    nodes: streamedArray(() =>
      eachOf(source.nodes(), (node) => ({ key: node.key, attributes: nodeAttributes(node) })),
    ),
    edges: streamedArray(() =>
      eachOf(source.edges(), (edge) => ({
        key: edge.id,
        source: edge.source,
        target: edge.target,
        attributes: edgeAttributes(edge),
      })),
    ),
    sources: streamedArray(() => describedSources(source)),
  });
}
