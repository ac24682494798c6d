import { ENTITY_KINDS } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import { type EntityRow, entityProps, propsOf, toEntityRows } from './rows.js';

export interface GraphStatsRow {
  nodes: number;
  relations: number;
  sources: number;
  disputedRelations: number;
  byKind: { kind: string; count: number }[];
  byRelationType: { type: string; count: number }[];
  mostConnected: { actor: EntityRow; degree: number }[];
}

const GRAPH_STATS = `
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
  RETURN collect({props: ${entityProps('n')}, labels: labels(n), degree: degree}) AS mostConnected
}
RETURN nodes, relations, sources, disputedRelations, byKind, byRelationType, mostConnected`;

function list(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map((item) => propsOf(item)) : [];
}

/** Counts by kind and relation type, and the most connected actors; one round trip. */
export async function graphStats(db: Database, top: number): Promise<GraphStatsRow> {
  const [row] = await db.read(GRAPH_STATS, { top, kinds: ENTITY_KINDS });
  const degrees = list(row?.mostConnected).map((item) => Number(item.degree ?? 0));
  return {
    nodes: Number(row?.nodes ?? 0),
    relations: Number(row?.relations ?? 0),
    sources: Number(row?.sources ?? 0),
    disputedRelations: Number(row?.disputedRelations ?? 0),
    byKind: list(row?.byKind).map((item) => ({
      kind: String(item.kind),
      count: Number(item.count),
    })),
    byRelationType: list(row?.byRelationType).map((item) => ({
      type: String(item.type),
      count: Number(item.count),
    })),
    mostConnected: toEntityRows(row?.mostConnected).map((actor, index) => ({
      actor,
      degree: degrees[index] ?? 0,
    })),
  };
}
