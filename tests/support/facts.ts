/**
 * Figures of the curated dataset in data/ that tests (and the README) pin. A curator who adds or
 * removes an actor, a relation or a source updates them here, in one place.
 */

/** The nine founding members of MES (2002), as the facts file lists them (S4), by key. */
export const MES_FOUNDING_MEMBERS = [
  'adel',
  'apeas',
  'apes',
  'ardes',
  'artisans-du-monde',
  'cigales',
  'cnlrq',
  'crida',
  'ufisc',
];

/** Whole-dataset counts: what `readDataset()` returns and the `stats` query reports. */
export const CURATED_COUNTS = {
  /** Actors, events, laws and policy documents (`:Entity` nodes). */
  nodes: 76,
  actors: 68,
  events: 6,
  relations: 87,
  sources: 67,
  disputedRelations: 4,
  /** The most frequent relationship type and its count. */
  memberOf: 65,
  /** MEMBER_OF relations with `founding: true`. */
  foundingMemberships: 29,
} as const;

/** The README's example: the neighbourhood of MES two steps out (`subgraph(keys: ["mes"], depth: 2)`). */
export const MES_SUBGRAPH_DEPTH_2 = { nodes: 72, edges: 85 } as const;
