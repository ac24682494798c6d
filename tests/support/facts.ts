/**
 * Figures of the curated dataset in data/ that tests (and the README) pin. A curator who adds or
 * removes an actor, a relation or a source runs `npm run figures`, which rewrites them here and in
 * the README from data/.
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
  nodes: 758,
  actors: 648,
  events: 81,
  relations: 1069,
  sources: 1202,
  disputedRelations: 16,
  /** The most frequent relationship type and its count. */
  memberOf: 554,
  /** MEMBER_OF relations with `founding: true`. */
  foundingMemberships: 139,
} as const;

/** The README's example: the neighbourhood of MES two steps out (`subgraph(keys: ["mes"], depth: 2)`). */
export const MES_SUBGRAPH_DEPTH_2 = { nodes: 230, edges: 412 } as const;
