/** Everything a view shows, as it is written in its URL so that the view can be shared or cited. */
export interface ViewState {
  key: string;
  depth: number;
  activeAt: number | null;
  pathFrom: string;
  pathTo: string;
  /** The node key or relation id whose details are open. */
  selected: string;
  /** The drawing: the force-laid graph, or the actors on a map. */
  view: 'graph' | 'map';
  /** On the map, memberships drawn as arcs between the member and the body. */
  arcs: boolean;
}

export const DEPTHS = [1, 2, 3];
export const YEARS = { min: 1990, max: 2025 };

export function emptyState(): ViewState {
  return {
    key: '',
    depth: 2,
    activeAt: null,
    pathFrom: '',
    pathTo: '',
    selected: '',
    view: 'graph',
    arcs: false,
  };
}

/**
 * The query string of a view: `?actor=mes&depth=2&year=2012&from=MES&to=RIPESS&select=…`, with
 * `view=map&arcs=1` for the map with its membership arcs.
 */
export function stateToQuery(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.key) params.set('actor', state.key);
  params.set('depth', String(state.depth));
  if (state.activeAt !== null) params.set('year', String(state.activeAt));
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.selected) params.set('select', state.selected);
  if (state.view === 'map') params.set('view', 'map');
  if (state.arcs) params.set('arcs', '1');
  return params.toString();
}

/** A view from a query string; values out of range fall back to the defaults. */
export function stateFromQuery(query: string): ViewState {
  const params = new URLSearchParams(query);
  const state = emptyState();
  state.key = params.get('actor')?.trim() ?? '';
  const depth = Number(params.get('depth'));
  if (DEPTHS.includes(depth)) state.depth = depth;
  const year = Number(params.get('year'));
  if (params.has('year') && Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max) {
    state.activeAt = year;
  }
  state.pathFrom = params.get('from') ?? '';
  state.pathTo = params.get('to') ?? '';
  state.selected = params.get('select') ?? '';
  state.view = params.get('view') === 'map' ? 'map' : 'graph';
  state.arcs = params.get('arcs') === '1';
  return state;
}
