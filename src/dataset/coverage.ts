// What the curated dataset covers: the figures `npm run data:check` prints and the README quotes.
import type { Entity, Source } from '../model/types.js';
import type { Dataset } from './types.js';

/** The fields every source must give for a reader to find and date it. */
const SOURCE_FIELDS = ['url', 'title', 'publisher', 'language', 'accessed'] as const;

export interface Coverage {
  nodes: number;
  relations: number;
  sources: number;
  nodesByKind: Record<string, number>;
  relationsByType: Record<string, number>;
  /** Relations citing two sources or more. */
  multiSourceRelations: number;
  /** Facts (nodes and relations) citing no source: must stay 0. */
  unsourcedFacts: number;
  disputedRelations: number;
  actors: number;
  actorsWithoutCountry: string[];
  /** French actors of regional or local scope without an ISO 3166-2 region. */
  frenchRegionalWithoutRegion: string[];
  actorsWithCoordinates: number;
  /** Actors whose city the gazetteer could not place (unknown or ambiguous name). */
  unplacedCities: string[];
  isolatedNodes: string[];
  /** Sources missing one of url, title, publisher, language, accessed, with the fields missing. */
  incompleteSources: { key: string; missing: string[] }[];
}

const count = (values: string[]) =>
  values.reduce<Record<string, number>>((tally, value) => {
    tally[value] = (tally[value] ?? 0) + 1;
    return tally;
  }, {});

const isFrenchRegional = (actor: Entity) =>
  actor.country === 'FR' && (actor.scope === 'regional' || actor.scope === 'local');

function missingFields(source: Source): string[] {
  return SOURCE_FIELDS.filter((field) => !source[field]);
}

export function datasetCoverage({ nodes, relations, sources }: Dataset): Coverage {
  const actors = nodes.filter((node) => node.family === 'Actor');
  const linked = new Set(relations.flatMap((relation) => [relation.from, relation.to]));
  return {
    nodes: nodes.length,
    relations: relations.length,
    sources: sources.length,
    nodesByKind: count(nodes.map((node) => node.kind ?? node.family)),
    relationsByType: count(relations.map((relation) => relation.type)),
    multiSourceRelations: relations.filter((relation) => relation.sources.length >= 2).length,
    unsourcedFacts: [...nodes, ...relations].filter((fact) => fact.sources.length === 0).length,
    disputedRelations: relations.filter((relation) => relation.disputed).length,
    actors: actors.length,
    actorsWithoutCountry: actors.filter((actor) => !actor.country).map((actor) => actor.key),
    frenchRegionalWithoutRegion: actors
      .filter((actor) => isFrenchRegional(actor) && !actor.region)
      .map((actor) => actor.key),
    actorsWithCoordinates: actors.filter((actor) => actor.coordinates).length,
    unplacedCities: actors
      .filter((actor) => actor.city && !actor.coordinates)
      .map((actor) => `${actor.key} (${actor.city}, ${actor.country ?? '?'})`),
    isolatedNodes: nodes.filter((node) => !linked.has(node.key)).map((node) => node.key),
    incompleteSources: sources
      .map((source) => ({ key: source.key, missing: missingFields(source) }))
      .filter((source) => source.missing.length > 0),
  };
}

/** The counts tests pin (tests/support/facts.ts) and `npm run figures` writes there. */
export function pinnedCounts({ nodes, relations, sources }: Dataset) {
  return {
    nodes: nodes.length,
    actors: nodes.filter((n) => n.family === 'Actor').length,
    events: nodes.filter((n) => n.family === 'Event').length,
    relations: relations.length,
    sources: sources.length,
    disputedRelations: relations.filter((r) => r.disputed).length,
    memberOf: relations.filter((r) => r.type === 'MEMBER_OF').length,
    foundingMemberships: relations.filter((r) => r.founding).length,
  };
}
