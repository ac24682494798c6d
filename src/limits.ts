// Every bound and default of the API in one table: validation, schema descriptions, the document
// limits, exports and metrics all read it (tests/unit/schema-bounds.test.ts holds the descriptions to it).

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
  /** Nodes `metrics` lists (`top`): by default all it computes. */
  metricsTop: { min: 1, max: 2000, default: 2000 },
  /** Facts `disputedFacts` skips. */
  offset: { min: 0, max: 1_000_000, default: 0 },
} as const satisfies Record<string, IntBound>;

/** The years `activeAt`, `evolution` and `attested` take: four digits. */
export const YEARS = { min: 1000, max: 2999 } as const;

export function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEARS.min && value <= YEARS.max;
}

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
  /** Keys `sharedAffiliations` and `sharedAffiliationDetails` need at least: two actors to compare. */
  sharedKeys: 2,
  /** Degrees of a latitude, north or south. */
  latitude: 90,
  /** Degrees of a longitude, east or west. */
  longitude: 180,
  /** Changes `evolution` lists. */
  evolutionChanges: 1000,
  /** Nodes `commonMembers` lists: more are refused after reading one more (`commonMembersPage` pages them). */
  commonMembers: 500,
  /** Nodes `metrics` computes over: betweenness costs O(nodes × edges). */
  metricsNodes: 2000,
  /**
   * Nodes a neighbourhood export may reach (their keys are held while it streams; a whole-graph
   * export holds none and has no bound), and nodes or edges `metrics` reads into memory.
   */
  exportElements: 100_000,
  /** Nodes, or relationships, read from Neo4j per page while an export streams. */
  exportPageSize: 1_000,
  /** Characters of a `history` key (a node key or a relation id). */
  historyKey: 400,
  /** Characters of a token's name. */
  tokenName: 64,
  /** Years one relation's `attested` lists. */
  attestedYears: 50,
} as const;

/** Characters of written values, so one write cannot bloat the graph. */
export const WRITE_LIMITS = {
  key: 64,
  url: 2048,
  title: 300,
  name: 200,
  quote: 2000,
  reason: 1000,
} as const;

/** Items of list inputs, so one write cannot bloat a node. */
export const LIST_LIMITS = { aliases: 50, sources: 50, areas: 60, counts: 50, stages: 20 } as const;

/** Document limits checked before execution; README "Limits and errors" lists them. */
export const DOCUMENT_LIMITS = {
  /** Lexical tokens: counted by the parser itself, so deep documents never reach its recursion. */
  tokens: 3_000,
  aliases: 30,
  depth: 12,
  directives: 20,
  /** GraphQL Armor's static cost of introspecting operations (GraphiQL's schema query: 1,472). */
  cost: 5_000,
  /** Pothos's complexity of the data fields (page sizes multiply), and breadth of a selection. */
  complexity: 50_000,
  breadth: 200,
} as const;

/** "1 to 100; default 20", for argument descriptions. */
export function rangeText(bound: IntBound): string {
  return `${bound.min} to ${bound.max}; default ${bound.default}`;
}

/** "at most 100; default 20", for `first` arguments. */
export function atMostText(bound: IntBound): string {
  return `at most ${bound.max}; default ${bound.default}`;
}
