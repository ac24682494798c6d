import { DISPUTED_EDGE_COLOUR, EDGE_COLOUR, kindColour } from '../model/palette.js';
import {
  type AttributeType,
  EDGE_ATTRIBUTE_TYPES,
  edgeAttributes,
  graphAttributes,
  NODE_ATTRIBUTE_TYPES,
  nodeAttributes,
  type Scalar,
} from './attributes.js';
import type { ExportEdge, ExportNode } from './graph-query.js';
import type { ExportSource } from './source.js';
import { type XmlAttributes, type XmlWriter, xmlStream } from './xml-writer.js';

// The layout graphology-gexf writes (and Gephi reads): attributes declared first, `label` as the
// node's XML attribute, every other attribute an <attvalue> whose `for` is its name.
function declare(xml: XmlWriter, of: 'node' | 'edge', types: Record<string, AttributeType>) {
  xml.start('attributes', { class: of, mode: 'static' });
  for (const [name, type] of Object.entries(types)) {
    if (name !== 'label') xml.empty('attribute', { id: name, title: name, type });
  }
  xml.end();
}

function attvalues(xml: XmlWriter, attributes: Record<string, Scalar>) {
  xml.start('attvalues');
  for (const name in attributes) {
    if (name !== 'label') xml.emptyPair('attvalue', 'for', name, 'value', String(attributes[name]));
  }
  xml.end();
}

/**
 * When an element exists, as GEXF's start and end (one spell, whole years, closed): a node from
 * the year it starts, an edge over the years `activeAt` keeps it; an open end is left out. Added
 * to the element's attributes in place (no spread objects per element).
 */
function withSpell(
  attributes: XmlAttributes,
  startYear: number | null,
  endYear: number | null = null,
): XmlAttributes {
  if (startYear !== null) attributes.start = `${startYear}-01-01`;
  if (endYear !== null) attributes.end = `${endYear}-12-31`;
  return attributes;
}

// The few colours of the palette as GEXF's decimal r, g, b, worked out once each.
const RGB = new Map<string, XmlAttributes>();

function colour(xml: XmlWriter, hex: string) {
  let rgb = RGB.get(hex);
  if (!rgb) {
    const [r = '0', g = '0', b = '0'] = [1, 3, 5].map((at) =>
      String(Number.parseInt(hex.slice(at, at + 2), 16)),
    );
    rgb = { r, g, b };
    RGB.set(hex, rgb);
  }
  xml.empty('viz:color', rgb);
}

/** The explorer's colour of its kind; a size growing with its relationships, as the explorer's. */
function nodeViz(xml: XmlWriter, node: ExportNode) {
  colour(xml, kindColour(node.kind ?? node.family));
  const size = 4 + 2 * Math.sqrt(node.degree ?? 0);
  xml.empty('viz:size', { value: size.toFixed(2) });
}

function edgeViz(xml: XmlWriter, edge: ExportEdge) {
  colour(xml, edge.disputed ? DISPUTED_EDGE_COLOUR : EDGE_COLOUR);
}

/**
 * GEXF 1.3 for Gephi, node and edge ids being keys and "from|TYPE|to"; dynamic (Gephi's timeline
 * plays the years), coloured by kind and sized by degree.
 */
export function gexf(source: ExportSource) {
  return xmlStream(async function* (xml) {
    xml.start('gexf', {
      xmlns: 'http://gexf.net/1.3',
      'xmlns:viz': 'http://gexf.net/1.3/viz',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
      version: '1.3',
    });
    xml.start('meta', { lastmodifieddate: source.meta.exportedAt.slice(0, 10) });
    for (const [name, value] of Object.entries(graphAttributes(source.meta))) {
      xml.text(name, {}, value);
    }
    xml.end();
    xml.start('graph', {
      defaultedgetype: 'directed',
      mode: 'dynamic',
      timeformat: 'date',
      timerepresentation: 'interval',
    });
    declare(xml, 'node', NODE_ATTRIBUTE_TYPES);
    declare(xml, 'edge', EDGE_ATTRIBUTE_TYPES);
    xml.start('nodes');
    for await (const page of source.nodes()) {
      for (const node of page) {
        const attributes = nodeAttributes(node);
        xml.start(
          'node',
          withSpell({ id: node.key, label: String(attributes.label) }, node.foundingYear),
        );
        attvalues(xml, attributes);
        nodeViz(xml, node);
        xml.end();
      }
      yield;
    }
    xml.end().start('edges');
    for await (const page of source.edges()) {
      for (const edge of page) {
        const ends = { id: edge.id, source: edge.source, target: edge.target };
        xml.start('edge', withSpell(ends, edge.startYear, edge.endYear));
        attvalues(xml, edgeAttributes(edge));
        edgeViz(xml, edge);
        xml.end();
      }
      yield;
    }
    xml.end().end().end();
  });
}
