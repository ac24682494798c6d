const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The server's GEXF 1.3 of a view with each node's `viz:position` set to where the explorer draws
 * it: x to the right and y up (as Gephi and sigma read them), in the drawing's CSS pixels, so the
 * SVG figure's (cx, cy) is the position's (x, -y). Colours, sizes, spells and attributes stay.
 */
export function gexfWithPositions(gexf: string, drawnAt: (key: string) => Point | null): string {
  const document = new DOMParser().parseFromString(gexf, 'application/xml');
  const root = document.documentElement;
  if (root.namespaceURI !== GEXF_NS || root.getAttribute('version') !== '1.3') {
    throw new Error('the GEXF export is not a GEXF 1.3 document');
  }
  for (const node of Array.from(document.getElementsByTagNameNS(GEXF_NS, 'node'))) {
    const key = node.getAttribute('id') ?? '';
    const point = drawnAt(key);
    if (!point) throw new Error(`node ${key} of the GEXF export is not drawn`);
    for (const old of Array.from(node.getElementsByTagNameNS(VIZ_NS, 'position'))) old.remove();
    const position = document.createElementNS(VIZ_NS, 'viz:position');
    position.setAttribute('x', round(point.x));
    position.setAttribute('y', round(-point.y));
    position.setAttribute('z', '0');
    node.append(position);
  }
  // The root alone: browsers differ on whether a document's XML declaration is written.
  const xml = new XMLSerializer().serializeToString(root);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
