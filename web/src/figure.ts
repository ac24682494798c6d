/** A drawing as laid out on screen: what the SVG, the PNG and the printed figure are made from. */
export interface Figure {
  width: number;
  height: number;
  font: string;
  labelSize: number;
  nodes: FigureNode[];
  edges: FigureEdge[];
}

export interface FigureNode {
  key: string;
  x: number;
  y: number;
  radius: number;
  colour: string;
  /** The label drawn beside the node, or null where it would cover another one. */
  label: string | null;
  /** The full name, shown as the node's tooltip. */
  title: string;
}

export interface FigureEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  colour: string;
  width: number;
  dashed: boolean;
}

export const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

const round = (n: number) => Math.round(n * 10) / 10;

/** The arrow's tip stops at the target's rim, as sigma draws it. */
function edgeLine(edge: FigureEdge, target: FigureNode | undefined): string {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = Math.hypot(dx, dy) || 1;
  const back = (target?.radius ?? 0) + 1;
  const x2 = edge.x2 - (dx / length) * back;
  const y2 = edge.y2 - (dy / length) * back;
  const dash = edge.dashed
    ? ` stroke-dasharray="${round(edge.width * 3)} ${round(edge.width * 2)}"`
    : '';
  return (
    `<line data-id="${escapeXml(edge.id)}" x1="${round(edge.x1)}" y1="${round(edge.y1)}" ` +
    `x2="${round(x2)}" y2="${round(y2)}" stroke="${edge.colour}" stroke-width="${edge.width}"${dash} ` +
    `marker-end="url(#arrow)"/>`
  );
}

/** A standalone SVG document of the figure: edges under nodes under labels, on white. */
export function figureSvg(figure: Figure, targets: (edgeId: string) => string): string {
  const byKey = new Map(figure.nodes.map((node) => [node.key, node]));
  const edges = figure.edges.map((edge) => edgeLine(edge, byKey.get(targets(edge.id))));
  const nodes = figure.nodes.map(
    (node) =>
      `<circle data-key="${escapeXml(node.key)}" cx="${round(node.x)}" cy="${round(node.y)}" ` +
      `r="${round(node.radius)}" fill="${node.colour}" stroke="#fff" stroke-width="0.5">` +
      `<title>${escapeXml(node.title)}</title></circle>`,
  );
  // Sigma's label: right of the node, baseline a third of the font size below its centre.
  const labels = figure.nodes.flatMap((node) =>
    node.label === null
      ? []
      : [
          `<text data-key="${escapeXml(node.key)}" x="${round(node.x + node.radius + 3)}" ` +
            `y="${round(node.y + figure.labelSize / 3)}">${escapeXml(node.label)}` +
            `<title>${escapeXml(node.title)}</title></text>`,
        ],
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(figure.width)}" height="${Math.round(figure.height)}" viewBox="0 0 ${round(figure.width)} ${round(figure.height)}">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="#8a939c"/></marker></defs>',
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<g class="edges" fill="none">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(figure.font)}" font-size="${figure.labelSize}" fill="#1d2327" stroke="#fff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${labels.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/** The SVG rasterised at `scale` times its size, through the browser's own SVG renderer. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under a file name, as a link with `download` would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
