import type { Database } from '../db/database.js';
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

export interface GraphStatsRow {
  nodes: number;
  relations: number;
  sources: number;
  disputedRelations: number;
  byKind: { kind: NodeKind; count: number }[];
  byRelationType: { type: RelationType; count: number }[];
  mostConnected: { actor: Entity; degree: number }[];
}

const GRAPH_STATS = namedQuery(
  'graphStats',
  `
CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH ()-[r]->() WHERE r.disputed = true RETURN count(r) AS disputedRelations }
CALL () {
  MATCH (n:Entity) WHERE n.kind IN $kinds
  WITH n.kind AS kind, count(*) AS count ORDER BY count DESC, kind
  RETURN collect({kind: kind, count: count}) AS byKind
}
CALL () {
  MATCH ()-[r]->() WITH type(r) AS type, count(*) AS count ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS byRelationType
}
CALL () {
  MATCH (n:Actor) WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, n.key LIMIT $top
  RETURN collect({actor: ${entityProjection('n')}, degree: degree}) AS mostConnected
}
RETURN nodes, relations, sources, disputedRelations, byKind, byRelationType, mostConnected`,
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
  const kind = text(item.kind);
  return isOneOf(ENTITY_KINDS, kind) ? [{ kind, count: num(item.count) }] : [];
}

function decodeTypeCount(value: Plain) {
  const item = map(value);
  const type = text(item.type);
  return isOneOf(RELATION_TYPES, type) ? [{ type, count: num(item.count) }] : [];
}

function decodeDegree(value: Plain) {
  const item = map(value);
  return { actor: decodeEntity(item.actor), degree: num(item.degree) };
}

/** Counts by kind and relation type, and the most connected actors; one round trip. */
export async function graphStats(db: Database, top: number): Promise<GraphStatsRow> {
  const [row] = await db.read(GRAPH_STATS, { top, kinds: ENTITY_KINDS });
  if (!row) throw new Error('graphStats returned no row');
  return row;
}
