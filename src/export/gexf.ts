import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';
import {
  type AttributeType,
  EDGE_ATTRIBUTE_TYPES,
  edgeAttributes,
  graphAttributes,
  NODE_ATTRIBUTE_TYPES,
  nodeAttributes,
  type Scalar,
} from './attributes.js';
import type { ExportSource } from './source.js';
import { xmlStream } from './xml-stream.js';

// The layout graphology-gexf writes (and Gephi reads): attributes declared first, `label` as the
// node's XML attribute, every other attribute an <attvalue> whose `for` is its name.
function declare(xml: XMLBuilderCB, of: 'node' | 'edge', types: Record<string, AttributeType>) {
  xml.ele('attributes', { class: of, mode: 'static' });
  for (const [name, type] of Object.entries(types)) {
    if (name !== 'label') xml.ele('attribute', { id: name, title: name, type }).up();
  }
  xml.up();
}

function attvalues(xml: XMLBuilderCB, attributes: Record<string, Scalar>) {
  xml.ele('attvalues');
  for (const [name, value] of Object.entries(attributes)) {
    if (name !== 'label') xml.ele('attvalue', { for: name, value: String(value) }).up();
  }
  xml.up();
}

/** GEXF 1.3 for Gephi, node and edge ids being keys and "from|TYPE|to". */
export function gexf(source: ExportSource) {
  return xmlStream(async function* (xml) {
    xml.dec({ version: '1.0', encoding: 'UTF-8' });
    xml.ele('gexf', {
      xmlns: 'http://gexf.net/1.3',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      version: '1.3',
    });
    xml.ele('meta', { lastmodifieddate: source.meta.exportedAt.slice(0, 10) });
    for (const [name, value] of Object.entries(graphAttributes(source.meta))) {
      xml.ele(name).txt(value).up();
    }
    xml.up();
    xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
    declare(xml, 'node', NODE_ATTRIBUTE_TYPES);
    declare(xml, 'edge', EDGE_ATTRIBUTE_TYPES);
    xml.ele('nodes');
    for await (const page of source.nodes()) {
      for (const node of page) {
        const attributes = nodeAttributes(node);
        xml.ele('node', { id: node.key, label: String(attributes.label) });
        attvalues(xml, attributes);
        xml.up();
      }
      yield;
    }
    xml.up().ele('edges');
    for await (const page of source.edges()) {
      for (const edge of page) {
        xml.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
        attvalues(xml, edgeAttributes(edge));
        xml.up();
      }
      yield;
    }
    xml.up().up().up().end();
  });
}
