import type { RelationType } from '../dataset/vocabulary.js';
import type { Database } from '../db/database.js';
import { expandGroups } from './expand.js';
import { type EntityRow, propsOf, type RelationRow, toEntityRow, toRelationRow } from './rows.js';

export interface SubgraphResult {
  missingKeys: string[];
  nodes: { entity: EntityRow; distance: number }[];
  relations: RelationRow[];
  truncated: boolean;
}

const EXISTING_KEYS = `
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
RETURN key, n IS NOT NULL AS exists`;

const NODES_AND_RELATIONS = `
CALL () {
  UNWIND $keys AS key
  MATCH (n:Entity {key: key})
  RETURN collect({props: properties(n), labels: labels(n)}) AS nodes
}
CALL () {
  UNWIND $keys AS key
  MATCH (a:Entity {key: key})-[r]->(b:Entity)
  WHERE b.key IN $keys AND ($types IS NULL OR type(r) IN $types)
  WITH r, a, b ORDER BY a.key, type(r), b.key LIMIT $limit + 1
  RETURN collect({type: type(r), from: a.key, to: b.key, props: properties(r)}) AS rels
}
RETURN nodes, rels`;

/** The neighbourhood of `keys` within `depth` steps, at most `limit` nodes and `limit` relations. */
export async function subgraph(
  db: Database,
  keys: string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
): Promise<SubgraphResult> {
  const existing = await db.read(EXISTING_KEYS, { keys });
  const missingKeys = existing.filter((row) => !row.exists).map((row) => String(row.key));
  if (missingKeys.length > 0) return { missingKeys, nodes: [], relations: [], truncated: false };

  const expansion = (await expandGroups(db, new Map([['all', keys]]), depth, types, limit)).get(
    'all',
  );
  const distances = expansion?.distances ?? new Map<string, number>();
  const [row] = await db.read(NODES_AND_RELATIONS, { keys: [...distances.keys()], types, limit });
  const nodes = (Array.isArray(row?.nodes) ? row.nodes : [])
    .map((node) => {
      const n = propsOf(node);
      const entity = toEntityRow(propsOf(n.props), n.labels as string[]);
      return { entity, distance: distances.get(entity.key) ?? 0 };
    })
    .sort((a, b) => a.distance - b.distance || a.entity.key.localeCompare(b.entity.key));
  const allRelations = (Array.isArray(row?.rels) ? row.rels : []).map((rel) => {
    const r = propsOf(rel);
    return toRelationRow(String(r.type), String(r.from), String(r.to), propsOf(r.props));
  });
  return {
    missingKeys,
    nodes,
    relations: allRelations.slice(0, limit),
    truncated: (expansion?.truncated ?? false) || allRelations.length > limit,
  };
}
