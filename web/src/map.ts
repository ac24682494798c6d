import { type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { DISPUTED_EDGE_COLOUR, FADED_NODE_COLOUR } from './colours.js';
import type { ViewGraph } from './draw.js';
import { escapeXml } from './figure.js';
import { fittingBox, type PlacedActor, spreadColocated } from './map-layout.js';

/** Natural Earth's countries (1:50m) from the `world-atlas` package, copied next to the bundle. */
const WORLD_URL = '/explorer/world.json';
const LAND = '#f1efe9';
const BORDER = '#c9c3b6';
const ARC_COLOUR = '#5f6670';
/** A faded actor's rim: the faded grey alone would vanish on the land's colour. */
const FADED_MARKER_RIM = '#b5b5b5';
const LABEL_SIZE = 12;
/** How far out a fitted map zooms: enough to see the actors the fit left out. */
const ZOOM_OUT = 16;
const ATTRIBUTION = 'Outlines: Natural Earth · places: GeoNames (CC BY 4.0)';

interface World {
  land: GeoJSON.FeatureCollection;
  borders: GeoJSON.MultiLineString;
}

let world: Promise<World> | undefined;

/** The outline, fetched once, only when a map is first drawn. */
function loadWorld(): Promise<World> {
  world ??= fetch(WORLD_URL).then(async (response) => {
    if (!response.ok) throw new Error(`the world outline answered ${response.status}`);
    const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
    const countries = topology.objects.countries;
    return {
      land: feature(topology, countries),
      borders: mesh(topology, countries, (a, b) => a !== b),
    };
  });
  return world;
}

interface Marker extends PlacedActor {
  radius: number;
  colour: string;
  active: boolean;
  label: string;
  title: string;
  degree: number;
}

interface Arc {
  id: string;
  from: Marker;
  to: Marker;
  disputed: boolean;
}

/** What the map draws: the graph's actors with coordinates, and whether each holds this year. */
export interface MapInput {
  graph: ViewGraph;
  focus: string;
  isActive: (id: string) => boolean;
  arcs: boolean;
}

/**
 * The actors of a view on a world map (d3-geo, Mercator fitted to them), as SVG: the same
 * markers on screen, in the SVG and PNG downloads and on paper. Wheel zooms, dragging pans.
 */
export class MapView {
  private input: MapInput | null = null;
  private markers: Marker[] = [];
  private arcs: Arc[] = [];
  private size = { width: 0, height: 0 };
  /** The visible part of the map, in its unzoomed pixels. */
  private box = { x: 0, y: 0, width: 0, height: 0 };
  private base = '';
  private drawing = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly onNode: (key: string) => void,
  ) {
    container.addEventListener('click', (event) => {
      const key = (event.target as Element).closest('[data-key]')?.getAttribute('data-key');
      if (key) this.onNode(key);
    });
    container.addEventListener('wheel', (event) => this.zoom(event), { passive: false });
    container.addEventListener('dblclick', () => {
      this.box = { x: 0, y: 0, ...this.size };
      this.render();
    });
    this.panOnDrag();
  }

  /** Draws (or redraws, e.g. for another year) the map fitted to the placed actors. */
  async show(input: MapInput): Promise<void> {
    const drawing = ++this.drawing;
    const { land, borders } = await loadWorld();
    if (drawing !== this.drawing) return;
    const refit = this.input?.graph !== input.graph || this.size.width === 0;
    this.input = input;
    const { width, height } = this.container.getBoundingClientRect();
    if (refit || width !== this.size.width || height !== this.size.height) {
      this.size = { width, height };
      this.box = { x: 0, y: 0, width, height };
    }
    const placed = this.placedActors(input.graph);
    const projection = geoMercator();
    if (placed.length > 0) {
      projection.fitExtent(
        [
          [24, 24],
          [Math.max(25, width - 24), Math.max(25, height - 24)],
        ],
        fittingBox(placed.map((actor) => [actor.lon, actor.lat])),
      );
    }
    const path = geoPath(projection);
    this.base =
      `<rect x="-100000" y="-100000" width="200000" height="200000" fill="#fff"/>` +
      `<path class="land" d="${path(land) ?? ''}" fill="${LAND}"/>` +
      `<path class="borders" d="${path(borders) ?? ''}" fill="none" stroke="${BORDER}" vector-effect="non-scaling-stroke"/>`;
    this.markers = this.placeMarkers(input, placed, projection);
    const byKey = new Map(this.markers.map((marker) => [marker.key, marker]));
    this.arcs = [];
    input.graph.forEachEdge((id, attributes, source, target) => {
      const [from, to] = [byKey.get(source), byKey.get(target)];
      if (attributes.relationType !== 'MEMBER_OF' || !from || !to || !input.isActive(id)) return;
      this.arcs.push({ id, from, to, disputed: Boolean(attributes.disputed) });
    });
    this.render(true);
  }

  private placedActors(graph: ViewGraph) {
    return graph
      .mapNodes((key, a) => ({ key, lon: Number(a.longitude), lat: Number(a.latitude) }))
      .filter(({ lon, lat }) => Number.isFinite(lon) && Number.isFinite(lat));
  }

  private placeMarkers(
    input: MapInput,
    placed: { key: string; lon: number; lat: number }[],
    projection: GeoProjection,
  ): Marker[] {
    const { graph } = input;
    // The biggest first, so that a town's hub sits on the town and the rest spiral around it.
    const ordered = [...placed].sort((a, b) => graph.degree(b.key) - graph.degree(a.key));
    return spreadColocated(ordered, projection, 7).map((point) => {
      const a = graph.getNodeAttributes(point.key);
      return {
        ...point,
        radius: 3 + (Number(a.size ?? 4) - 4) * 0.3,
        colour: String(a.color),
        active: input.isActive(point.key),
        label: String(a.label ?? point.key),
        title: String(a.fullLabel ?? a.label ?? point.key),
        degree: graph.degree(point.key),
      };
    });
  }

  /**
   * On screen: the outline is parsed once per `show`; a zoom or a pan only moves the view box and
   * redraws the markers, arcs and labels, whose size on screen never changes.
   */
  private render(full = false): void {
    const scale = this.box.width / (this.size.width || 1);
    const svg = this.container.querySelector('svg');
    const overlay = svg?.querySelector('g.overlay');
    if (full || !svg || !overlay) {
      this.container.innerHTML = this.svg().replace(/^<\?xml[^>]*>\s*/, '');
      return;
    }
    svg.setAttribute('viewBox', viewBox(this.box));
    overlay.innerHTML = this.overlay(scale, this.box);
  }

  private svgDocument(scale: number, box: typeof this.box): string {
    const { width, height } = this.size;
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" viewBox="${viewBox(box)}">`,
      this.base,
      `<g class="overlay">${this.overlay(scale, box)}</g>`,
      '</svg>',
    ].join('\n');
  }

  private overlay(scale: number, box: typeof this.box): string {
    const focus = this.input?.focus ?? '';
    const arcs = this.input?.arcs
      ? this.arcs.map(({ id, from, to, disputed }) => {
          // Bent to the side, so that arcs between the same towns can be told apart.
          const mx = (from.x + to.x) / 2 - (to.y - from.y) * 0.2;
          const my = (from.y + to.y) / 2 + (to.x - from.x) * 0.2;
          const dash = disputed ? ' stroke-dasharray="5 3"' : '';
          return `<path data-id="${escapeXml(id)}" d="M${round(from.x)},${round(from.y)}Q${round(mx)},${round(my)} ${round(to.x)},${round(to.y)}" stroke="${disputed ? DISPUTED_EDGE_COLOUR : ARC_COLOUR}"${dash} vector-effect="non-scaling-stroke"/>`;
        })
      : [];
    // Faded actors underneath, the actors of the chosen year on top.
    const ordered = [...this.markers].sort((a, b) => Number(a.active) - Number(b.active));
    const markers = ordered.map(
      (m) =>
        `<circle data-key="${escapeXml(m.key)}" class="${m.active ? 'active' : 'faded'}" cx="${round(m.x)}" cy="${round(m.y)}" r="${round(m.radius * scale)}" fill="${m.active ? m.colour : FADED_NODE_COLOUR}" stroke="${m.active ? '#fff' : FADED_MARKER_RIM}" stroke-width="${round(scale)}"><title>${escapeXml(m.title)}</title></circle>`,
    );
    const labels = this.labelled(scale, box).map(
      (m) =>
        `<text data-key="${escapeXml(m.key)}" x="${round(m.x + (m.radius + 3) * scale)}" y="${round(m.y + (LABEL_SIZE / 3) * scale)}" font-size="${round(LABEL_SIZE * scale)}" stroke-width="${round(3 * scale)}"${m.key === focus ? ' font-weight="bold"' : ''}>${escapeXml(m.label)}<title>${escapeXml(m.title)}</title></text>`,
    );
    return [
      `<g class="arcs" fill="none" stroke-opacity="0.55">${arcs.join('')}</g>`,
      `<g class="markers">${markers.join('')}</g>`,
      `<g class="labels" font-family="Arial, sans-serif" fill="#1d2327" stroke="#fff" paint-order="stroke" stroke-linejoin="round">${labels.join('')}</g>`,
      `<text x="${round(box.x + box.width - 6 * scale)}" y="${round(box.y + box.height - 6 * scale)}" text-anchor="end" font-family="Arial, sans-serif" font-size="${round(10 * scale)}" fill="#777">${ATTRIBUTION}</text>`,
    ].join('');
  }

  /** Labels that cover no other and lie in view: the focus first, then by degree. */
  private labelled(scale: number, box: typeof this.box): Marker[] {
    const focus = this.input?.focus ?? '';
    const candidates = this.markers
      .filter((m) => m.active)
      .sort((a, b) => Number(b.key === focus) - Number(a.key === focus) || b.degree - a.degree);
    const kept: { marker: Marker; x: number; y: number; w: number; h: number }[] = [];
    for (const marker of candidates) {
      // In screen pixels: about 0.6 em a character in Arial.
      const x = (marker.x - box.x) / scale + marker.radius + 3;
      const y = (marker.y - box.y) / scale - LABEL_SIZE * 0.8;
      const w = marker.label.length * LABEL_SIZE * 0.6;
      const h = LABEL_SIZE;
      if (x < 0 || y < 0 || x + w > this.size.width || y + h > this.size.height) continue;
      const clear = kept.every(
        (o) => x > o.x + o.w + 3 || o.x > x + w + 3 || y > o.y + o.h + 2 || o.y > y + h + 2,
      );
      if (clear) kept.push({ marker, x, y, w, h });
    }
    return kept.map((k) => k.marker);
  }

  /** The map as drawn now, a standalone SVG document for the downloads. */
  svg(): string {
    return this.svgDocument(this.box.width / (this.size.width || 1), this.box);
  }

  get width(): number {
    return this.size.width;
  }

  get height(): number {
    return this.size.height;
  }

  /** For the browser tests: the markers drawn, and those of the chosen year. */
  markerCounts(): { all: number; active: number } {
    return {
      all: this.markers.length,
      active: this.markers.filter((m) => m.active).length,
    };
  }

  private zoom(event: WheelEvent): void {
    if (!this.input) return;
    event.preventDefault();
    const rect = this.container.getBoundingClientRect();
    const factor = Math.exp(event.deltaY * 0.0015);
    // From the world (a fitted view may leave far-off actors out) down to a town's streets.
    const width = Math.min(
      this.size.width * ZOOM_OUT,
      Math.max(this.size.width / 64, this.box.width * factor),
    );
    const ratio = width / this.box.width;
    const px = this.box.x + ((event.clientX - rect.left) / rect.width) * this.box.width;
    const py = this.box.y + ((event.clientY - rect.top) / rect.height) * this.box.height;
    this.box = {
      x: px - (px - this.box.x) * ratio,
      y: py - (py - this.box.y) * ratio,
      width,
      height: this.box.height * ratio,
    };
    this.render();
  }

  /** Dragging moves the map; a press that moves less than a few pixels stays a click. */
  private panOnDrag(): void {
    let from: { x: number; y: number } | null = null;
    let panning = false;
    this.container.addEventListener('pointerdown', (event) => {
      from = { x: event.clientX, y: event.clientY };
      panning = false;
    });
    this.container.addEventListener('pointermove', (event) => {
      if (!from || !this.input) return;
      const [dx, dy] = [event.clientX - from.x, event.clientY - from.y];
      if (!panning && Math.hypot(dx, dy) < 4) return;
      panning = true;
      const scale = this.box.width / (this.size.width || 1);
      this.box.x -= dx * scale;
      this.box.y -= dy * scale;
      from = { x: event.clientX, y: event.clientY };
      this.render();
    });
    const stop = () => {
      from = null;
    };
    this.container.addEventListener('pointerup', stop);
    this.container.addEventListener('pointerleave', stop);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

function viewBox(box: { x: number; y: number; width: number; height: number }): string {
  return `${round(box.x)} ${round(box.y)} ${round(box.width)} ${round(box.height)}`;
}
