import type { Database } from '../db/database.js';
import { onGraphChange } from '../db/graph-changes.js';
import type { Plain } from '../db/plain.js';
import { list, map, namedQuery, num, text } from '../db/query.js';
import { decodeEntity, entityProjection } from '../model/projection.js';
import type { Entity } from '../model/types.js';
import {
  ENTITY_KINDS,
  isOneOf,
  type NodeKind,
  RELATION_TYPES,
  type RelationType,
} from '../model/vocabulary.js';

const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export interface GraphStatsRow {
  nodes: number;
  relations: number;
  sources: number;
  disputedRelations: number;
  byKind: { kind: NodeKind; count: number }[];
  byRelationType: { type: RelationType; count: number }[];
  mostConnected: { actor: Entity; degree: number }[];
}

/** Counts per label or per type, each read from the count store (no scan), largest first. */
function countsByName(names: readonly string[], count: (name: string) => string, as: string) {
  const branches = names.map(
    (name) => `${count(name)} WITH count(*) AS count RETURN '${name}' AS name, count`,
  );
  return `CALL () {
  CALL () {
    ${branches.join('\n    UNION ALL\n    ')}
  }
  WITH name, count WHERE count > 0 ORDER BY count DESC, name
  RETURN collect({name: name, count: count}) AS ${as}
}`;
}

const GRAPH_TYPES = RELATION_TYPE_NAMES.join('|');

/**
 * The most connected actors without reading 13 per-type degrees of every actor: the whole degree
 * (one store read) is never below the graph-facts degree, so the actors with the most
 * relationships of any type (`$candidates` of them) hold the true top whenever the last of them
 * has fewer relationships than the `$top`-th graph-facts degree among them; otherwise (many ties)
 * every actor with at least that many relationships is read again.
 */
const MOST_CONNECTED = `CALL () {
  MATCH (n:Actor)
  WITH n, COUNT { (n)--() } AS total ORDER BY total DESC LIMIT $candidates
  WITH n, total, COUNT { (n)-[:${GRAPH_TYPES}]-() } AS degree ORDER BY degree DESC, n.key
  WITH collect({n: n, degree: degree}) AS ranked, min(total) AS lowestTotal, count(*) AS read
  WITH ranked, read < $candidates OR lowestTotal < ranked[$top - 1].degree AS complete,
    coalesce(ranked[$top - 1].degree, 0) AS threshold
  CALL (ranked, complete, threshold) {
    WITH * WHERE complete
    UNWIND ranked[..$top] AS row
    RETURN row.n AS n, row.degree AS degree
  UNION ALL
    // Unwound first, so that the scan runs only when needed (a filter would follow the scan).
    UNWIND CASE WHEN complete THEN [] ELSE [threshold] END AS atLeast
    MATCH (n:Actor) WHERE COUNT { (n)--() } >= atLeast
    WITH n, COUNT { (n)-[:${GRAPH_TYPES}]-() } AS degree ORDER BY degree DESC, n.key LIMIT $top
    RETURN n, degree
  }
  WITH n, degree ORDER BY degree DESC, n.key
  RETURN collect({actor: ${entityProjection('n')}, degree: degree}) AS mostConnected
}`;

// Every count comes from the count store, and disputed relationships from one index per type;
// only the most connected actors read each actor's degree (also kept by the store). Relations and
// degrees count graph facts only (the vocabulary's types), not the bookkeeping relationships of
// proposals, aliases and history.
const GRAPH_STATS = namedQuery(
  'graphStats',
  `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
${countsByName(ENTITY_KINDS, (kind) => `MATCH (:${kind})`, 'byKind')}
${countsByName(RELATION_TYPE_NAMES, (type) => `MATCH ()-[:${type}]->()`, 'byRelationType')}
${countsByName(
  RELATION_TYPE_NAMES,
  (type) => `MATCH ()-[r:${type}]->() WHERE r.disputed = true`,
  'disputedByType',
)}
${MOST_CONNECTED}
RETURN nodes, sources, byKind, byRelationType,
  reduce(total = 0, item IN byRelationType | total + item.count) AS relations,
  reduce(total = 0, item IN disputedByType | total + item.count) AS disputedRelations, mostConnected`,
  (row): GraphStatsRow => ({
    nodes: num(row.nodes),
    relations: num(row.relations),
    sources: num(row.sources),
    disputedRelations: num(row.disputedRelations),
    byKind: list(decodeKindCount)(row.byKind).flat(),
    byRelationType: list(decodeTypeCount)(row.byRelationType).flat(),
    mostConnected: list(decodeDegree)(row.mostConnected),
  }),
);

/** Counts the vocabulary does not know (written outside the model) are left out. */
function decodeKindCount(value: Plain) {
  const item = map(value);
  const kind = text(item.name);
  return isOneOf(ENTITY_KINDS, kind) ? [{ kind, count: num(item.count) }] : [];
}

function decodeTypeCount(value: Plain) {
  const item = map(value);
  const type = text(item.name);
  return isOneOf(RELATION_TYPES, type) ? [{ type, count: num(item.count) }] : [];
}

function decodeDegree(value: Plain) {
  const item = map(value);
  return { actor: decodeEntity(item.actor), degree: num(item.degree) };
}

/** Actors read by their whole degree for each one asked (see MOST_CONNECTED). */
export const MOST_CONNECTED_CANDIDATES = 4;

/** How long a computed answer is served again: counts of a read-mostly graph, a few seconds old. */
export const STATS_TTL_MS = 5_000;

const cache = new Map<string, { at: number; value: Promise<GraphStatsRow> }>();

// A write, or a newer version seen by the response cache: the next `stats` must see it.
onGraphChange(() => cache.clear());

/** One read of the counts; `candidatesPerTop` is a parameter for tests of both paths of MOST_CONNECTED. */
export async function readStats(
  db: Database,
  top: number,
  candidatesPerTop = MOST_CONNECTED_CANDIDATES,
): Promise<GraphStatsRow> {
  const [row] = await db.read(GRAPH_STATS, { top, candidates: top * candidatesPerTop });
  if (!row) throw new Error('graphStats returned no row');
  return row;
}

/**
 * Counts by kind and relation type, and the most connected actors; one round trip, shared by the
 * requests of the next few seconds (concurrent ones wait for the same answer).
 */
export function graphStats(db: Database, top: number): Promise<GraphStatsRow> {
  const id = `${db.databaseName ?? ''}|${top}`;
  const cached = cache.get(id);
  if (cached && performance.now() - cached.at < STATS_TTL_MS) return cached.value;
  const value = readStats(db, top);
  cache.set(id, { at: performance.now(), value });
  value.catch(() => cache.delete(id));
  return value;
}
