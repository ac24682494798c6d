// Every bound and default of the API in one table: validation and schema descriptions both read it.

export interface IntBound {
  min: number;
  max: number;
  default: number;
}

export const BOUNDS = {
  /** Items per page of any connection (`first`). */
  pageSize: { min: 1, max: 100, default: 20 },
  /** Hits of `search`. */
  searchHits: { min: 1, max: 100, default: 10 },
  /** Longest path `shortestPath` looks for. */
  pathHops: { min: 1, max: 8, default: 4 },
  /** Steps out of `neighbors`. */
  neighborDepth: { min: 1, max: 3, default: 1 },
  /** Steps out of `subgraph`. */
  subgraphDepth: { min: 0, max: 3, default: 1 },
  /** Nodes, and edges, of one `subgraph`. */
  subgraphSize: { min: 1, max: 2000, default: 500 },
  /** Keys one argument may list. */
  keys: { min: 1, max: 50, default: 1 },
  /** Most-connected actors `stats` lists. */
  statsTop: { min: 1, max: 100, default: 10 },
} as const satisfies Record<string, IntBound>;

export const CAPS = {
  /** Characters of a search text. */
  queryLength: 200,
  /** Neighbours one actor's `neighbors` lists, so a hub cannot flood a response. */
  neighbors: 500,
  /** Founders one node lists. */
  founders: 200,
  /** Relationships a timeline reads, so a hub's timeline stays bounded. */
  timelineRelations: 1000,
  /** Kilometres of `actors(filter: {near})`: half the Earth's circumference covers it all. */
  nearRadiusKm: 20038,
} as const;

/** "1 to 100; default 20", for argument descriptions. */
export function rangeText(bound: IntBound): string {
  return `${bound.min} to ${bound.max}; default ${bound.default}`;
}
