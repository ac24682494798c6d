import type { Database } from '../db/database.js';
import { list, namedQuery, text } from '../db/query.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntity,
  decodeEntityRow,
  decodeSource,
  entityProjection,
  sourceProjection,
} from '../model/projection.js';
import type { Entity, EntityRow, Source } from '../model/types.js';
import {
  decodeEdges,
  PREFETCH_VARIANTS,
  pageParams,
  pageVariantOf,
  type RelationEdge,
  type RelationSpec,
  relationPageCall,
} from './relations.js';

// A key merged into another answers with the node it was merged into (a merge leaves one
// ALIAS_OF per alias); the alias is looked up only for a key no node has.
const ENTITY_OF_KEY = `
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
WITH key, CASE WHEN n IS NULL THEN COLLECT {
  MATCH (:KeyAlias {key: key})-[:ALIAS_OF]->(kept:Entity) RETURN kept
}[0] ELSE n END AS n WHERE n IS NOT NULL`;

const ENTITIES_BY_KEYS = namedQuery(
  'entitiesByKeys',
  `${ENTITY_OF_KEY}
RETURN key, ${entityProjection('n')} AS entity`,
  (row) => ({ key: text(row.key), entity: decodeEntity(row.entity) }),
);

/** An entity with the first page of its relationships, when its field selects a connection. */
export interface EntityWithRelations {
  entity: EntityRow;
  edges: RelationEdge[];
}

const ENTITIES_WITH_RELATIONS = new Map(
  PREFETCH_VARIANTS.map((variant) => [
    variant,
    namedQuery(
      `entitiesWithRelations.${variant}`,
      `${ENTITY_OF_KEY}
${relationPageCall(variant)}
RETURN key, ${entityProjection('n', '$brief')} AS entity, edges`,
      (row) => {
        const entity = decodeEntityRow(row.entity);
        return { key: text(row.key), entity, edges: decodeEdges(entity.key, row.edges, variant) };
      },
    ),
  ]),
);

/**
 * Entities by key, each with the page of relationships `spec` asks for, in one round trip; `brief`
 * reads the entities briefly (`model/projection.ts`).
 */
export async function entitiesWithRelationsByKeys(
  db: Database,
  keys: readonly string[],
  spec: RelationSpec,
  brief = false,
): Promise<(EntityWithRelations | null)[]> {
  const query = ENTITIES_WITH_RELATIONS.get(pageVariantOf(spec));
  if (!query) throw new Error(`no query folds in a page of ${pageVariantOf(spec)}`);
  const rows = await db.read(query, { keys, brief, ...pageParams(spec) });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

const SOURCES_BY_KEYS = namedQuery(
  'sourcesByKeys',
  `
UNWIND $keys AS key
MATCH (s:Source {key: key})
RETURN key, ${sourceProjection('s')} AS source`,
  (row) => ({ key: text(row.key), source: decodeSource(row.source) }),
);

/** Loads entities by key in one round trip; the result follows the order of `keys`, null when absent. */
export async function entitiesByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(Entity | null)[]> {
  const rows = await db.read(ENTITIES_BY_KEYS, { keys });
  const byKey = new Map(rows.map((row) => [row.key, row.entity]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Loads sources by key in one round trip, in the order of `keys`. */
export async function sourcesByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(Source | null)[]> {
  const rows = await db.read(SOURCES_BY_KEYS, { keys });
  const byKey = new Map(rows.map((row) => [row.key, row.source]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The keys no node has, in one round trip (a merged key still counts as known through its alias). */
export const MISSING_ENTITY_KEYS = namedQuery(
  'missingEntityKeys',
  `
${missingKeysCall('Entity')}
RETURN missing`,
  (row) => list(text)(row.missing),
);

export async function missingEntityKeys(db: Database, keys: readonly string[]): Promise<string[]> {
  const [missing = []] = await db.read(MISSING_ENTITY_KEYS, { keys });
  return missing;
}
