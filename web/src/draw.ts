import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { drawDiscNodeHover } from 'sigma/rendering';
import {
  DISPUTED_EDGE_COLOUR,
  EDGE_COLOUR,
  FADED_EDGE_COLOUR,
  FADED_NODE_COLOUR,
  HIGHLIGHT_COLOUR,
  kindColour,
} from './colours.js';
import { type Figure, figureSvg } from './figure.js';
import { layOut } from './layout.js';
import { type LabelBox, labelBox, printLabels } from './print-labels.js';

export type Attributes = Record<string, unknown>;
export type ViewGraph = MultiDirectedGraph<Attributes, Attributes>;

/** What holds in the chosen year: node keys and relation ids; the rest of the union is faded. */
export interface ActiveSet {
  nodes: Set<string>;
  edges: Set<string>;
}

interface Handlers {
  onNode: (key: string, attributes: Attributes) => void;
  onEdge: (id: string) => void;
}

/** Draws graphs with sigma.js, laid out by ForceAtlas2 before the first frame. */
export class GraphView {
  private sigma: Sigma<Attributes, Attributes> | undefined;
  private highlighted = new Set<string>();
  /** Null when every year is shown; else what is drawn in full, the rest faded in place. */
  private active: ActiveSet | null = null;
  /** The only labels drawn, chosen so that none covers another; null until they are chosen. */
  private labelled: Set<string> | null = null;
  /** The node whose label is always drawn: the actor the view is about. */
  private focus = '';
  private relabelling: ReturnType<typeof setTimeout> | undefined;
  /** The edge under the pointer, if any. */
  hoveredEdge: string | null = null;
  graph: ViewGraph = new MultiDirectedGraph();

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: Handlers,
  ) {
    // Sigma follows the window's size only: the drawing also changes size as the page fills in.
    new ResizeObserver(() => {
      this.sigma?.refresh();
      this.relabelSoon();
    }).observe(container);
  }

  /**
   * Shows an export in graphology's JSON form (GET /export/graph.json): the union of the years,
   * laid out once; `setActive` then fades what a year leaves out without moving anything.
   */
  show(serialised: object, focus: string): ViewGraph {
    this.stop();
    this.focus = focus;
    this.labelled = null;
    this.active = null;
    const graph: ViewGraph = new MultiDirectedGraph();
    graph.import(serialised as Parameters<ViewGraph['import']>[0]);
    const maxDegree = Math.max(1, ...graph.mapNodes((node) => graph.degree(node)));
    graph.forEachNode((node, a) => {
      graph.mergeNodeAttributes(node, {
        size: 4 + 14 * Math.sqrt(graph.degree(node) / maxDegree),
        color: kindColour(a.kind as string | undefined),
        label: shortLabel(String(a.label ?? node)),
        fullLabel: String(a.name ?? a.label ?? node),
      });
    });
    graph.forEachEdge((edge, a) => {
      // Sigma reads `type` as the drawing program: the relationship type moves to `relationType`.
      graph.mergeEdgeAttributes(edge, {
        relationType: a.type,
        type: 'arrow',
        size: a.disputed ? 2.5 : 1,
        // Disputed edges are drawn dashed over the WebGL layer; this one still takes the pointer.
        color: a.disputed ? 'rgba(0,0,0,0)' : EDGE_COLOUR,
        label: a.disputed ? `${a.type} (disputed)` : a.type,
      });
    });
    layOut(graph);
    this.graph = graph;
    this.highlighted.clear();
    this.sigma = new Sigma(graph, this.container, {
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      // Labels of the small nodes give way on crowded hubs instead of piling up.
      labelDensity: 0.6,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      // On hover, the full name rather than the shortened label.
      defaultDrawNodeHover: (context, data, settings) =>
        drawDiscNodeHover(
          context,
          { ...data, label: String(data.fullLabel ?? data.label) },
          settings,
        ),
      nodeReducer: (node, data) => {
        if (!this.isActive(node)) {
          return { ...data, color: FADED_NODE_COLOUR, label: null, zIndex: 0 };
        }
        const shown =
          this.highlighted.size === 0 || this.highlighted.has(node)
            ? { ...data, zIndex: 1, forceLabel: node === this.focus }
            : { ...data, color: '#e3e3e3', label: null, zIndex: 0 };
        if (!this.labelled) return shown;
        return this.labelled.has(node) ? { ...shown, forceLabel: true } : { ...shown, label: null };
      },
      edgeReducer: (edge, data) => {
        if (!this.isActive(edge)) return { ...data, color: FADED_EDGE_COLOUR, zIndex: 0 };
        return this.highlighted.size > 0 && this.highlighted.has(edge)
          ? { ...data, color: HIGHLIGHT_COLOUR, size: 3, zIndex: 1 }
          : data;
      },
    });
    this.sigma.on('clickNode', ({ node }) =>
      this.handlers.onNode(node, graph.getNodeAttributes(node)),
    );
    this.sigma.on('clickEdge', ({ edge }) => this.handlers.onEdge(edge));
    this.sigma.on('enterEdge', ({ edge }) => {
      this.hoveredEdge = edge;
    });
    this.sigma.on('leaveEdge', () => {
      this.hoveredEdge = null;
    });
    this.sigma.createCanvasContext('disputed', { style: { pointerEvents: 'none' } });
    this.sigma.on('afterRender', () => this.drawDisputed());
    this.sigma.getCamera().on('updated', () => this.relabelSoon());
    this.relabel();
    return graph;
  }

  /** Dashed lines for the disputed edges, on a 2D canvas over sigma's WebGL edges. */
  private drawDisputed(): void {
    const sigma = this.sigma;
    const context = sigma?.getCanvases().disputed?.getContext('2d');
    if (!sigma || !context) return;
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    context.strokeStyle = DISPUTED_EDGE_COLOUR;
    context.setLineDash([6, 4]);
    this.graph.forEachEdge((edge, attributes, source, target) => {
      if (!attributes.disputed || this.highlighted.has(edge) || !this.isActive(edge)) return;
      const [from, to] = [source, target].map((n) => sigma.getNodeDisplayData(n));
      if (!from || !to || from.hidden || to.hidden) return;
      const a = sigma.framedGraphToViewport(from);
      const b = sigma.framedGraphToViewport(to);
      context.lineWidth = sigma.scaleSize(Number(attributes.size ?? 1));
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    });
  }

  /** Chooses again which labels to draw so that none covers another (after a move or a zoom). */
  private relabel(): void {
    if (!this.sigma) return;
    this.labelled = null;
    this.sigma.refresh();
    this.labelled = printLabels(this.sigma, this.focus);
    this.sigma.refresh();
  }

  private relabelSoon(): void {
    clearTimeout(this.relabelling);
    this.relabelling = setTimeout(() => this.relabel(), 150);
  }

  /** True when a node (by key) or an edge (by id) holds in the chosen year, or every year is shown. */
  isActive(id: string): boolean {
    return this.active === null || this.active.nodes.has(id) || this.active.edges.has(id);
  }

  /** Fades what does not hold in a year (null: nothing faded); positions stay where they are. */
  setActive(active: ActiveSet | null): void {
    this.active = active;
    this.sigma?.refresh();
    this.relabel();
  }

  /** Where a node is drawn, in CSS pixels; null when it is not in the view. */
  nodePoint(key: string): { x: number; y: number } | null {
    const data = this.sigma?.getNodeDisplayData(key);
    return data && this.sigma ? this.sigma.framedGraphToViewport(data) : null;
  }

  /** Greys out everything but these nodes and edges (an empty list clears the highlight). */
  highlight(ids: string[]): void {
    this.highlighted = new Set(ids);
    this.sigma?.refresh();
  }

  /** Where a point of an edge (t = 0 at its source, 1 at its target) is on screen, in CSS pixels. */
  edgePoint(id: string, t = 0.5): { x: number; y: number } | null {
    if (!this.sigma || !this.graph.hasEdge(id)) return null;
    const [source, target] = this.graph
      .extremities(id)
      .map((n) => this.sigma?.getNodeDisplayData(n));
    if (!source || !target) return null;
    return this.sigma.framedGraphToViewport({
      x: source.x + (target.x - source.x) * t,
      y: source.y + (target.y - source.y) * t,
    });
  }

  /**
   * Print mode: the drawing takes the figure's size, and only labels that cover
   * no other are drawn, `focus`'s first (so the hub's crowd does not pile up); off restores the screen.
   */
  setPrinting(on: boolean, focus: string): void {
    if (!this.sigma) return;
    this.focus = focus;
    this.sigma.resize(true);
    this.relabel();
    // Browsers print no WebGL canvas: paper gets the same drawing as an SVG instead.
    const paper =
      this.container.querySelector('.print-figure') ??
      this.container.appendChild(
        Object.assign(document.createElement('div'), { className: 'print-figure' }),
      );
    paper.innerHTML = on ? this.svg(focus).replace(/^<\?xml[^>]*>\s*/, '') : '';
  }

  /**
   * The current view as a figure: sigma's positions, sizes and colours in CSS pixels, and the
   * labels that cover no other (`focus`'s first).
   */
  figure(focus: string): Figure {
    const sigma = this.sigma;
    const { width, height } = sigma?.getDimensions() ?? { width: 0, height: 0 };
    const figure: Figure = {
      width,
      height,
      font: sigma?.getSetting('labelFont') ?? 'Arial',
      labelSize: sigma?.getSetting('labelSize') ?? 14,
      nodes: [],
      edges: [],
    };
    if (!sigma) return figure;
    const labelled = printLabels(sigma, focus);
    const at = (key: string) => {
      const data = sigma.getNodeDisplayData(key);
      return data && !data.hidden ? { data, ...sigma.framedGraphToViewport(data) } : null;
    };
    this.graph.forEachEdge((edge, attributes, source, target) => {
      const data = sigma.getEdgeDisplayData(edge);
      const [from, to] = [at(source), at(target)];
      if (!data || data.hidden || !from || !to) return;
      figure.edges.push({
        id: edge,
        x1: from.x,
        y1: from.y,
        x2: to.x,
        y2: to.y,
        colour:
          attributes.disputed && !this.highlighted.has(edge) && this.isActive(edge)
            ? DISPUTED_EDGE_COLOUR
            : data.color,
        width: data.size,
        dashed: Boolean(attributes.disputed),
      });
    });
    this.graph.forEachNode((key, attributes) => {
      const node = at(key);
      if (!node) return;
      figure.nodes.push({
        key,
        x: node.x,
        y: node.y,
        radius: sigma.scaleSize(node.data.size),
        colour: node.data.color,
        label: labelled.has(key) ? (node.data.label ?? null) : null,
        title: String(attributes.name ?? attributes.label ?? key),
      });
    });
    return figure;
  }

  /** The current view as a standalone SVG document. */
  svg(focus: string): string {
    return figureSvg(this.figure(focus), (edge) => this.graph.target(edge));
  }

  /** The labels drawn now (or, with `all`, every node's label), with their boxes on the canvas. */
  labelBoxes(all = false): LabelBox[] {
    const sigma = this.sigma;
    if (!sigma) return [];
    const keys = all ? this.graph.nodes() : [...sigma.getNodeDisplayedLabels()];
    return keys.flatMap((key) => {
      const label = all
        ? String(this.graph.getNodeAttribute(key, 'label'))
        : sigma.getNodeDisplayData(key)?.label;
      const box = label ? labelBox(sigma, key, label) : null;
      return box ? [box] : [];
    });
  }

  private stop(): void {
    clearTimeout(this.relabelling);
    this.sigma?.kill();
    this.sigma = undefined;
  }
}

const LONGEST_LABEL = 24;

/** Long names are cut at a word with an ellipsis; the full name shows on hover. */
export function shortLabel(label: string): string {
  if (label.length <= LONGEST_LABEL) return label;
  const cut = label.slice(0, LONGEST_LABEL - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LONGEST_LABEL / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
