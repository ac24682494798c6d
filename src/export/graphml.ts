import {
  type AttributeType,
  EDGE_ATTRIBUTE_TYPES,
  edgeAttributes,
  graphAttributes,
  NODE_ATTRIBUTE_TYPES,
  nodeAttributes,
  type Scalar,
  sourceAttributes,
} from './attributes.js';
import type { ExportSource } from './source.js';
import { type XmlWriter, xmlStream } from './xml-writer.js';

type Domain = 'graph' | 'node' | 'edge';

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

function declare(xml: XmlWriter, domain: Domain, types: Record<string, AttributeType>) {
  for (const [name, type] of Object.entries(types)) {
    const id = `${domain[0]}_${name}`;
    xml.empty('key', { id, for: domain, 'attr.name': name, 'attr.type': GRAPHML_TYPES[type] });
  }
}

function data(xml: XmlWriter, domain: Domain, attributes: Record<string, Scalar>) {
  for (const name in attributes) {
    xml.textWith('data', 'key', `${domain[0]}_${name}`, String(attributes[name]));
  }
}

/**
 * GraphML (yEd, Cytoscape, Gephi, networkx), one <key> per attribute declared up front; the graph's
 * `sources` data, after the edges, describes every cited source (a JSON array of SOURCE_COLUMNS).
 */
export function graphml(source: ExportSource) {
  const graph = graphAttributes(source.meta);
  return xmlStream(async function* (xml) {
    xml.start('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
    const graphKeys = [...Object.keys(graph), 'sources'];
    declare(xml, 'graph', Object.fromEntries(graphKeys.map((name) => [name, 'string'])));
    declare(xml, 'node', NODE_ATTRIBUTE_TYPES);
    declare(xml, 'edge', EDGE_ATTRIBUTE_TYPES);
    xml.start('graph', { id: 'G', edgedefault: 'directed' });
    data(xml, 'graph', graph);
    for await (const page of source.nodes()) {
      for (const node of page) {
        xml.start('node', { id: node.key });
        data(xml, 'node', nodeAttributes(node));
        xml.end();
      }
      yield;
    }
    for await (const page of source.edges()) {
      for (const edge of page) {
        xml.start('edge', { id: edge.id, source: edge.source, target: edge.target });
        data(xml, 'edge', edgeAttributes(edge));
        xml.end();
      }
      yield;
    }
    // Graph data may follow the edges: the cited sources, once the elements are read, as JSON.
    data(xml, 'graph', { sources: JSON.stringify(source.citedSources().map(sourceAttributes)) });
    xml.end().end();
  });
}
