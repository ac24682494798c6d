import { MultiDirectedGraph } from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import fa2Worker from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import { DISPUTED_EDGE_COLOUR, EDGE_COLOUR, HIGHLIGHT_COLOUR, kindColour } from './colours.js';
import { type LabelBox, labelBox, printLabels } from './print-labels.js';

// worker.d.ts declares `export default class`, but worker.js sets `module.exports` to the class.
const FA2Layout = fa2Worker as unknown as typeof fa2Worker.default;
type FA2Layout = InstanceType<typeof fa2Worker.default>;

export type Attributes = Record<string, unknown>;
export type ViewGraph = MultiDirectedGraph<Attributes, Attributes>;

interface Handlers {
  onNode: (key: string, attributes: Attributes) => void;
  onEdge: (id: string) => void;
}

/** Draws graphs with sigma.js, laid out by ForceAtlas2 in a web worker. */
export class GraphView {
  private sigma: Sigma<Attributes, Attributes> | undefined;
  private layout: FA2Layout | undefined;
  private highlighted = new Set<string>();
  /** In print, the only labels drawn (chosen so that none covers another); null on screen. */
  private printed: Set<string> | null = null;
  /** The edge under the pointer, if any. */
  hoveredEdge: string | null = null;
  graph: ViewGraph = new MultiDirectedGraph();

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: Handlers,
  ) {}

  /** Shows an export in graphology's JSON form (GET /export/graph.json). */
  show(serialised: object): ViewGraph {
    this.stop();
    const graph: ViewGraph = new MultiDirectedGraph();
    graph.import(serialised as Parameters<ViewGraph['import']>[0]);
    const maxDegree = Math.max(1, ...graph.mapNodes((node) => graph.degree(node)));
    graph.forEachNode((node, a) => {
      graph.mergeNodeAttributes(node, {
        x: Math.cos(node.length * 7 + graph.degree(node)) * 10 + Math.random(),
        y: Math.sin(node.length * 3 + graph.degree(node)) * 10 + Math.random(),
        size: 4 + 14 * Math.sqrt(graph.degree(node) / maxDegree),
        color: kindColour(a.kind as string | undefined),
      });
    });
    graph.forEachEdge((edge, a) => {
      // Sigma reads `type` as the drawing program: the relationship type moves to `relationType`.
      graph.mergeEdgeAttributes(edge, {
        relationType: a.type,
        type: 'arrow',
        size: a.disputed ? 2.5 : 1,
        color: a.disputed ? DISPUTED_EDGE_COLOUR : EDGE_COLOUR,
        label: a.disputed ? `${a.type} (disputed)` : a.type,
      });
    });
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
      nodeReducer: (node, data) => {
        const shown =
          this.highlighted.size === 0 || this.highlighted.has(node)
            ? { ...data, zIndex: 1 }
            : { ...data, color: '#e3e3e3', label: null, zIndex: 0 };
        if (!this.printed) return shown;
        return this.printed.has(node) ? { ...shown, forceLabel: true } : { ...shown, label: null };
      },
      edgeReducer: (edge, data) =>
        this.highlighted.size > 0 && this.highlighted.has(edge)
          ? { ...data, color: HIGHLIGHT_COLOUR, size: 3, zIndex: 1 }
          : data,
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
    if (graph.order > 1) {
      this.layout = new FA2Layout(graph, { settings: { ...inferSettings(graph), slowDown: 5 } });
      this.layout.start();
      setTimeout(() => this.layout?.stop(), 1500);
    }
    return graph;
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
   * Print mode: the layout stops, the drawing takes the figure's size, and only labels that cover
   * no other are drawn, `focus`'s first (so the hub's crowd does not pile up); off restores the screen.
   */
  setPrinting(on: boolean, focus: string): void {
    if (!this.sigma) return;
    if (on) this.layout?.stop();
    this.sigma.resize(true);
    this.printed = null;
    this.sigma.refresh();
    if (on) {
      this.printed = printLabels(this.sigma, focus);
      this.sigma.refresh();
    }
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

  layoutRunning(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  private stop(): void {
    this.layout?.kill();
    this.layout = undefined;
    this.sigma?.kill();
    this.sigma = undefined;
  }
}
