import { create } from 'xmlbuilder2';
import type { Scalar } from './attributes.js';
import type { ExportGraphology } from './to-graphology.js';

type Domain = 'graph' | 'node' | 'edge';

function graphmlType(value: Scalar): string {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** Declares one <key> per attribute name and domain, typed from the first value seen. */
function collectKeys(
  graph: ExportGraphology,
): Map<string, { domain: Domain; name: string; type: string }> {
  const keys = new Map<string, { domain: Domain; name: string; type: string }>();
  const note = (domain: Domain, attributes: Record<string, Scalar>) => {
    for (const [name, value] of Object.entries(attributes)) {
      const id = `${domain[0]}_${name}`;
      if (!keys.has(id)) keys.set(id, { domain, name, type: graphmlType(value) });
    }
  };
  note('graph', graph.getAttributes());
  graph.forEachNode((_key, attributes) => note('node', attributes));
  graph.forEachEdge((_key, attributes) => note('edge', attributes));
  return keys;
}

/** GraphML (yEd, Cytoscape, Gephi, networkx), built with an XML builder. */
export function writeGraphml(graph: ExportGraphology): string {
  const keys = collectKeys(graph);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
  );
  for (const [id, key] of keys) {
    root.ele('key', { id, for: key.domain, 'attr.name': key.name, 'attr.type': key.type });
  }
  const body = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  const data = (parent: typeof body, domain: Domain, attributes: Record<string, Scalar>) => {
    for (const [name, value] of Object.entries(attributes)) {
      parent.ele('data', { key: `${domain[0]}_${name}` }).txt(String(value));
    }
  };
  data(body, 'graph', graph.getAttributes());
  graph.forEachNode((key, attributes) => data(body.ele('node', { id: key }), 'node', attributes));
  graph.forEachEdge((key, attributes, source, target) =>
    data(body.ele('edge', { id: key, source, target }), 'edge', attributes),
  );
  return root.end({ prettyPrint: true });
}
