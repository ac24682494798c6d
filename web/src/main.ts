import {
  GRAPH_VERSION,
  graphql,
  type Hit,
  NODE,
  type NodeFacts,
  PATH,
  type PathAnswer,
  RELATION,
  type RelationFacts,
  SEARCH,
} from './api.js';
import {
  DISPUTED_EDGE_COLOUR,
  EDGE_COLOUR,
  KIND_GROUPS,
  kindColour,
  kindGroup,
} from './colours.js';
import { nodePanel, relationPanel } from './details.js';
import { byId, h } from './dom.js';
import { type ActiveSet, GraphView } from './draw.js';
import { saveBlob, svgToPng } from './figure.js';
import { gexfWithPositions } from './gexf-layout.js';
import { MapView } from './map.js';
import { memberChart, membersPerYear } from './member-chart.js';
import { playYears } from './player.js';
import { overlappingPairs } from './print-labels.js';
import { stateFromQuery, stateToQuery, type ViewState } from './view-state.js';

const EXPORTS: [string, string][] = [
  ['GEXF (Gephi)', 'graph.gexf'],
  ['GraphML', 'graph.graphml'],
  ['Cytoscape', 'graph.cyjs'],
  ['graphology JSON', 'graph.json'],
  ['nodes CSV', 'nodes.csv'],
  ['edges CSV', 'edges.csv'],
  ['sources CSV', 'sources.csv'],
  ['JSON-LD', 'graph.jsonld'],
  ['GeoJSON (map)', 'actors.geojson'],
];

const state: ViewState = stateFromQuery(location.search);
const details = byId('details');

const view = new GraphView(byId('graph'), {
  onNode: (key, attributes) => showNode(key, String(attributes.family ?? 'Actor')),
  onEdge: (id) => showRelation(id),
});
const map = new MapView(byId('map'), (key) => {
  showNode(key, String(view.graph.getNodeAttribute(key, 'family') ?? 'Actor')).catch(fail);
});

/** What the details panel shows, kept so that a new year redraws it without asking again. */
type Shown =
  | { kind: 'node'; facts: NodeFacts; family: string }
  | { kind: 'relation'; facts: RelationFacts }
  | null;
let shown: Shown = null;
let lastPath: PathAnswer['shortestPath'] = null;

function fail(error: unknown): void {
  byId('title').textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
}

function label(key: string): string {
  return view.graph.hasNode(key) ? String(view.graph.getNodeAttribute(key, 'label')) : key;
}

function selection(year = state.activeAt): URLSearchParams {
  const params = new URLSearchParams({ keys: state.key, depth: String(state.depth) });
  if (year !== null) params.set('activeAt', String(year));
  return params;
}

async function exported(
  year: number | null,
): Promise<{ nodes: { key: string }[]; edges: { key: string }[] }> {
  const response = await fetch(`/export/graph.json?${selection(year)}`);
  if (!response.ok) throw new Error(`the export answered ${response.status}`);
  return response.json();
}

/** Lays out the neighbourhood of every year together, once; `applyYear` then fades the rest. */
async function draw(): Promise<void> {
  if (!state.key) return;
  view.show(await exported(null), state.key);
  drawLegend();
  await applyYear();
}

let yearAsked = 0;

/** Shows the chosen year on the laid-out union: nothing moves, what did not hold then fades. */
async function applyYear(): Promise<void> {
  const asked = ++yearAsked;
  let active: ActiveSet | null = null;
  if (state.activeAt !== null) {
    const graph = await exported(state.activeAt);
    active = {
      nodes: new Set(graph.nodes.map((n) => n.key)),
      edges: new Set(graph.edges.map((e) => e.key)),
    };
  }
  if (asked !== yearAsked) return;
  view.setActive(active);
  const year = state.activeAt === null ? '' : ` in ${state.activeAt}`;
  byId('title').textContent = `Neighbourhood of ${label(state.key)}${year}:`;
  const [nodes, edges] = active
    ? [active.nodes.size, active.edges.size]
    : [view.graph.order, view.graph.size];
  byId('count').textContent = `${nodes} nodes, ${edges} edges`;
  drawDownloads();
  renderPath();
  renderDetails();
  await drawMap();
  syncUrl();
}

/** The map of the same actors, year and arcs, when the map is the chosen view. */
async function drawMap(): Promise<void> {
  if (state.view !== 'map' || !state.key) return;
  await map.show({
    graph: view.graph,
    focus: state.key,
    isActive: (id) => view.isActive(id),
    arcs: state.arcs,
  });
  const { all, active } = map.markerCounts();
  byId('map-count').textContent =
    state.activeAt === null ? `· ${all} on the map` : `· ${active} of ${all} on the map`;
}

function showView(): void {
  byId('map').hidden = state.view !== 'map';
  byId('map-count').hidden = state.view !== 'map';
  byId('arcs-toggle').hidden = state.view !== 'map';
  for (const button of document.querySelectorAll('#view-switch button')) {
    button.setAttribute('aria-pressed', String(button.getAttribute('data-view') === state.view));
  }
  byId<HTMLInputElement>('arcs').checked = state.arcs;
}

/** The address of this view: what a link shares and a citation gives. */
function viewUrl(): string {
  return `${location.origin}${location.pathname}?${stateToQuery(state)}`;
}

let graphVersion: Promise<number | null> | undefined;

/** Writes the view into the address bar (no new history entry) and into the citation. */
function syncUrl(): void {
  history.replaceState(null, '', viewUrl());
  graphVersion ??= graphql<{ graphVersion: { version: number } }>(GRAPH_VERSION, {}).then(
    (data) => data.graphVersion.version,
    () => null,
  );
  graphVersion.then((version) => {
    const accessed = new Date().toISOString().slice(0, 10);
    const of = state.key ? `neighbourhood of ${label(state.key)}, ` : '';
    const at = version === null ? '' : `graph version ${version}, `;
    byId('cite-text').textContent =
      `solidarity-graph explorer, ${of}${at}${viewUrl()} (accessed ${accessed}).`;
  });
}

function drawLegend(): void {
  const kinds = new Set(view.graph.mapNodes((_n, a) => String(a.kind ?? 'unknown')));
  const groups = KIND_GROUPS.filter((group) => group.kinds.some((kind) => kinds.has(kind)));
  const unknown = [...kinds].filter((kind) => !kindGroup(kind));
  byId('legend').replaceChildren(
    ...groups.map((group) =>
      h(
        'li',
        { title: group.kinds.filter((kind) => kinds.has(kind)).join(', ') },
        h('span', { class: 'swatch', style: `background:${group.colour}` }),
        group.name,
      ),
    ),
    ...(unknown.length > 0
      ? [
          h(
            'li',
            {},
            h('span', { class: 'swatch', style: `background:${kindColour(undefined)}` }),
            unknown.join(', '),
          ),
        ]
      : []),
    h(
      'li',
      {},
      h('span', { class: 'swatch edge', style: `border-color:${EDGE_COLOUR}` }),
      'relationship',
    ),
    h(
      'li',
      {},
      h('span', { class: 'swatch edge dashed', style: `border-color:${DISPUTED_EDGE_COLOUR}` }),
      'disputed relationship',
    ),
  );
}

function drawDownloads(): void {
  byId('downloads').hidden = false;
  byId('download-links').replaceChildren(
    ...EXPORTS.map(([name, file]) =>
      h('a', { href: `/export/${file}?${selection()}`, download: '' }, name),
    ),
  );
}

async function showNode(key: string, family: string): Promise<void> {
  const data = await graphql<{ node: NodeFacts | null }>(NODE, { id: btoa(`${family}:${key}`) });
  if (data.node) shown = { kind: 'node', facts: data.node, family };
  renderDetails();
  state.selected = key;
  syncUrl();
}

async function showRelation(id: string): Promise<void> {
  const data = await graphql<{ relation: RelationFacts | null }>(RELATION, { id });
  if (data.relation) shown = { kind: 'relation', facts: data.relation };
  renderDetails();
  state.selected = id;
  syncUrl();
}

/** Whether the node or relation holds in the chosen year, as the drawing shows it. */
function inYear(id: string): HTMLElement | null {
  if (state.activeAt === null) return null;
  const holds = view.isActive(id);
  return h(
    'p',
    { class: holds ? 'in-year' : 'in-year faded' },
    `In ${state.activeAt}: ${holds ? 'in this view' : 'not in this view (faded)'}`,
  );
}

/** The details of what is selected, for the chosen year; an actor's members per year below. */
function renderDetails(): void {
  if (!shown) return;
  if (shown.kind === 'relation') {
    details.replaceChildren(relationPanel(shown.facts, label), inYear(shown.facts.id) ?? '');
    return;
  }
  const { facts, family } = shown;
  const chart = h('div', { class: 'member-chart-box' });
  details.replaceChildren(nodePanel(facts), inYear(facts.key) ?? '', chart);
  if (family !== 'Actor') return;
  const founded = view.graph.hasNode(facts.key)
    ? Number(view.graph.getNodeAttribute(facts.key, 'foundingYear')) || null
    : null;
  const year = state.activeAt;
  membersPerYear(facts.key, founded).then(
    (counts) => chart.replaceChildren(memberChart(counts, year)),
    fail,
  );
}

async function open(key: string): Promise<void> {
  state.key = key;
  state.pathFrom = '';
  state.pathTo = '';
  shown = null;
  lastPath = null;
  details.replaceChildren();
  byId('path').replaceChildren();
  await draw();
  const family = String(view.graph.getNodeAttribute(key, 'family') ?? 'Actor');
  await showNode(key, family);
}

async function search(text: string): Promise<Hit[]> {
  if (text.trim() === '') return [];
  return (await graphql<{ search: Hit[] }>(SEARCH, { query: text })).search;
}

async function showResults(): Promise<void> {
  const hits = await search(byId<HTMLInputElement>('search').value);
  byId('results').replaceChildren(
    ...hits.map(({ actor }) => {
      const button = h(
        'button',
        { type: 'button', 'data-key': actor.key },
        actor.acronym ? `${actor.acronym} — ${actor.name}` : actor.name,
      );
      button.addEventListener('click', () => open(actor.key).catch(fail));
      return h('li', {}, button);
    }),
  );
}

/** A key typed as is, else the best search hit for the text. */
async function resolveKey(text: string): Promise<string | null> {
  const trimmed = text.trim();
  if (view.graph.hasNode(trimmed)) return trimmed;
  return (await search(trimmed))[0]?.actor.key ?? null;
}

async function findPath(): Promise<void> {
  const list = byId('path');
  state.pathFrom = byId<HTMLInputElement>('path-from').value.trim();
  state.pathTo = byId<HTMLInputElement>('path-to').value.trim();
  syncUrl();
  const [from, to] = await Promise.all([
    resolveKey(byId<HTMLInputElement>('path-from').value),
    resolveKey(byId<HTMLInputElement>('path-to').value),
  ]);
  lastPath = null;
  if (!from || !to) {
    list.replaceChildren(h('li', {}, 'No actor matches one of the two names.'));
    return;
  }
  const { shortestPath } = await graphql<PathAnswer>(PATH, { from, to });
  if (!shortestPath) {
    list.replaceChildren(h('li', {}, 'No path within 6 steps.'));
    return;
  }
  lastPath = shortestPath;
  renderPath();
}

/** The path found, each step marked when it does not hold in the chosen year. */
function renderPath(): void {
  const shortestPath = lastPath;
  if (!shortestPath) return;
  const list = byId('path');
  const name = (n: { acronym: string | null; name: string }) => n.acronym ?? n.name;
  list.replaceChildren(
    ...shortestPath.steps.map((step, i) => {
      const a = shortestPath.nodes[i];
      const b = shortestPath.nodes[i + 1];
      const text = `${a ? name(a) : '?'} ${step.direction === 'FORWARD' ? '→' : '←'} ${step.type} ${step.direction === 'FORWARD' ? '→' : '←'} ${b ? name(b) : '?'}`;
      const holds = state.activeAt === null || view.isActive(step.relation.id);
      const note = holds ? '' : ` (not in ${state.activeAt})`;
      const button = h('button', { type: 'button', class: 'link' }, text + note);
      button.addEventListener('click', () => showRelation(step.relation.id).catch(fail));
      const id = step.relation.id;
      return h('li', holds ? { 'data-id': id } : { 'data-id': id, class: 'faded' }, button);
    }),
  );
  view.highlight([
    ...shortestPath.nodes.map((n) => n.key),
    ...shortestPath.steps.map((s) => s.relation.id),
  ]);
}

/** A file name for this view: the actor, the depth, the year, then `rest`. */
function viewFileName(rest: string): string {
  const year = state.activeAt === null ? '' : `-${state.activeAt}`;
  return `${state.key}-depth-${state.depth}${year}${rest}`;
}

/** The figure's file name, the map's marked as such. */
function figureName(extension: string): string {
  return viewFileName(`${state.view === 'map' ? '-map' : ''}.${extension}`);
}

/** The drawing on screen, graph or map, as an SVG document and its size. */
function currentFigure(): { svg: string; width: number; height: number } {
  if (state.view === 'map') return { svg: map.svg(), width: map.width, height: map.height };
  const { width, height } = view.figure(state.key);
  return { svg: view.svg(state.key), width, height };
}

async function downloadFigure(format: 'png' | 'svg'): Promise<void> {
  const { svg, width, height } = currentFigure();
  const blob =
    format === 'svg'
      ? new Blob([svg], { type: 'image/svg+xml' })
      : await svgToPng(svg, width, height);
  saveBlob(blob, figureName(format));
}

/** The server's GEXF of this view (same actors, depth and year) with the nodes where they are drawn. */
async function downloadLaidOutGexf(): Promise<void> {
  const response = await fetch(`/export/graph.gexf?${selection()}`);
  if (!response.ok) throw new Error(`the GEXF export answered ${response.status}`);
  const drawn = new Map(view.figure(state.key).nodes.map((node) => [node.key, node]));
  const gexf = gexfWithPositions(await response.text(), (key) => drawn.get(key) ?? null);
  saveBlob(new Blob([gexf], { type: 'application/gexf+xml' }), viewFileName('-layout.gexf'));
}

let typing: ReturnType<typeof setTimeout> | undefined;
byId('search').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => showResults().catch(fail), 200);
});
byId('depth').addEventListener('change', (event) => {
  state.depth = Number((event.target as HTMLSelectElement).value);
  draw().catch(fail);
});
const year = byId<HTMLInputElement>('year');
const allYears = byId<HTMLInputElement>('all-years');
function readYear(): void {
  state.activeAt = allYears.checked ? null : Number(year.value);
  byId('year-value').textContent = state.activeAt === null ? 'all years' : String(state.activeAt);
}
function yearChanged(): void {
  readYear();
  applyYear().catch(fail);
}
year.addEventListener('input', () => {
  allYears.checked = false;
  yearChanged();
});
allYears.addEventListener('change', yearChanged);

playYears(
  byId<HTMLButtonElement>('play'),
  () => state.activeAt,
  (next) => {
    allYears.checked = false;
    year.value = String(next);
    readYear();
    return applyYear();
  },
  fail,
);

for (const button of document.querySelectorAll<HTMLButtonElement>('#view-switch button')) {
  button.addEventListener('click', () => {
    state.view = button.getAttribute('data-view') === 'map' ? 'map' : 'graph';
    showView();
    drawMap().catch(fail);
    syncUrl();
  });
}
byId<HTMLInputElement>('arcs').addEventListener('change', (event) => {
  state.arcs = (event.target as HTMLInputElement).checked;
  drawMap().catch(fail);
  syncUrl();
});
byId('path-find').addEventListener('click', () => findPath().catch(fail));
byId('download-png').addEventListener('click', () => downloadFigure('png').catch(fail));
byId('download-svg').addEventListener('click', () => downloadFigure('svg').catch(fail));
byId('download-gexf').addEventListener('click', () => downloadLaidOutGexf().catch(fail));
byId('print-figure').addEventListener('click', () => window.print());

// Printing (Ctrl-P, or print media emulated) redraws the figure for paper, and back after.
const print = window.matchMedia('print');
const printing = (on: boolean) => view.setPrinting(on, state.key);
print.addEventListener('change', (event) => printing(event.matches));
window.addEventListener('beforeprint', () => printing(true));
window.addEventListener('afterprint', () => printing(print.matches));

// For the browser tests: where a node or an edge is drawn, what the year keeps, the labels.
Object.assign(window, {
  explorer: {
    edgePoint: (id: string, t: number) => view.edgePoint(id, t),
    hasNode: (key: string) => view.graph.hasNode(key),
    isActive: (id: string) => view.isActive(id),
    nodePoint: (key: string) => view.nodePoint(key),
    mapMarkers: () => map.markerCounts(),
    year: () => state.activeAt,
    hoveredEdge: () => view.hoveredEdge,
    labelBoxes: (all = false) => view.labelBoxes(all),
    overlappingLabels: (all = false) => overlappingPairs(view.labelBoxes(all)),
  },
});

/** A shared link opens the view it was made from: actor, depth, year, path and selection. */
async function restore(): Promise<void> {
  const wanted = stateFromQuery(location.search);
  byId<HTMLSelectElement>('depth').value = String(wanted.depth);
  allYears.checked = wanted.activeAt === null;
  if (wanted.activeAt !== null) year.value = String(wanted.activeAt);
  byId('year-value').textContent = wanted.activeAt === null ? 'all years' : String(wanted.activeAt);
  byId<HTMLInputElement>('path-from').value = wanted.pathFrom;
  byId<HTMLInputElement>('path-to').value = wanted.pathTo;
  state.view = wanted.view;
  state.arcs = wanted.arcs;
  showView();
  if (!wanted.key) return;
  await open(wanted.key);
  if (wanted.pathFrom && wanted.pathTo) await findPath();
  if (wanted.selected.includes('|')) await showRelation(wanted.selected);
  else if (wanted.selected && view.graph.hasNode(wanted.selected)) {
    await showNode(wanted.selected, String(view.graph.getNodeAttribute(wanted.selected, 'family')));
  }
}

// `/embed` is the drawing alone, for a dashboard's iframe.
if (location.pathname === '/embed') document.body.classList.add('embed');
byId('cite-copy').addEventListener('click', () => {
  navigator.clipboard?.writeText(byId('cite-text').textContent ?? '').catch(fail);
});
const drawer = byId('drawer-toggle');
drawer.addEventListener('click', () => {
  const open = document.body.classList.toggle('drawer-open');
  drawer.setAttribute('aria-expanded', String(open));
});
restore().catch(fail);
