import type { Database } from '../db/database.js';
import { list, namedQuery, text } from '../db/query.js';
import {
  decodeEntities,
  decodeRelations,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';
import { expandGroups } from './expand.js';

export interface SubgraphResult {
  missingKeys: string[];
  nodes: { entity: Entity; distance: number }[];
  relations: Relation[];
  truncated: boolean;
}

export const MISSING_KEYS = namedQuery(
  'missingKeys',
  `
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
WITH key, n WHERE n IS NULL
RETURN collect(key) AS missing`,
  (row) => list(text)(row.missing),
);

// Edges nearest the starting keys come first, so a cut keeps the centre of the drawing connected.
const NODES_AND_RELATIONS = namedQuery(
  'subgraphNodesAndRelations',
  `
CALL () {
  UNWIND keys($distance) AS key
  MATCH (n:Entity {key: key})
  RETURN collect(${entityProjection('n')}) AS nodes
}
CALL () {
  UNWIND keys($distance) AS key
  MATCH (a:Entity {key: key})-[r]->(b:Entity)
  WHERE b.key IN keys($distance) AND ($types IS NULL OR type(r) IN $types)
  WITH r, a, b,
    CASE WHEN $distance[a.key] < $distance[b.key] THEN $distance[a.key] ELSE $distance[b.key] END AS near
  ORDER BY near, a.key, type(r), b.key
  LIMIT $limit + 1
  RETURN collect(${relationProjection('r')}) AS rels
}
RETURN nodes, rels`,
  (row) => ({ nodes: decodeEntities(row.nodes), relations: decodeRelations(row.rels) }),
);

/** The neighbourhood of `keys` within `depth` steps, at most `limit` nodes and `limit` relations. */
export async function subgraph(
  db: Database,
  keys: string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
): Promise<SubgraphResult> {
  const [missingKeys = []] = await db.read(MISSING_KEYS, { keys });
  if (missingKeys.length > 0) return { missingKeys, nodes: [], relations: [], truncated: false };

  const expansion = (await expandGroups(db, new Map([['all', keys]]), depth, types, limit)).get(
    'all',
  );
  const distances = expansion?.distances ?? new Map<string, number>();
  const [row] = await db.read(NODES_AND_RELATIONS, {
    distance: Object.fromEntries(distances),
    types,
    limit,
  });
  const nodes = (row?.nodes ?? [])
    .map((entity) => ({ entity, distance: distances.get(entity.key) ?? 0 }))
    .sort((a, b) => a.distance - b.distance || a.entity.key.localeCompare(b.entity.key));
  const relations = row?.relations ?? [];
  return {
    missingKeys,
    nodes,
    relations: relations.slice(0, limit),
    truncated: (expansion?.truncated ?? false) || relations.length > limit,
  };
}
