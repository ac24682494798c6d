import type { Database } from '../db/database.js';
import { namedQuery, num, text } from '../db/query.js';
import {
  decodeEntity,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';
import { type NodeFamily, RELATION_TYPES } from '../model/vocabulary.js';

export interface EvolutionStep {
  year: number;
  change: 'BEGAN' | 'ENDED';
  relation: Relation;
}

// A relationship counts in a period when its known start or end falls in it (not the write history).
const EVOLUTION = namedQuery(
  'evolution',
  `
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE type(r) IN $types AND r.sinceYear >= $from AND r.sinceYear <= $to
  RETURN r, r.sinceYear AS year, 'BEGAN' AS change
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity)
  WHERE type(r) IN $types AND r.untilYear >= $from AND r.untilYear <= $to
  RETURN r, r.untilYear AS year, 'ENDED' AS change
}
WITH r, year, change ORDER BY year, change, startNode(r).key, type(r), endNode(r).key
LIMIT $limit
RETURN year, change, ${relationProjection('r')} AS relation`,
  (row): EvolutionStep => ({
    year: num(row.year),
    change: text(row.change) === 'ENDED' ? 'ENDED' : 'BEGAN',
    relation: decodeRelation(row.relation),
  }),
);

/** Relationships that began or ended between `from` and `to` (years, inclusive), in date order. */
export function evolution(db: Database, from: number, to: number, limit: number) {
  return db.read(EVOLUTION, { from, to, limit, types: Object.keys(RELATION_TYPES) });
}

// Keyset on the unique key, the family a label from the closed vocabulary.
const ENTITIES_PAGE = namedQuery(
  'entitiesPage',
  `
MATCH (n:Entity)
WHERE n.key > $after AND any(family IN $families WHERE family IN labels(n))
RETURN ${entityProjection('n')} AS entity
ORDER BY n.key
LIMIT $limit`,
  (row) => decodeEntity(row.entity),
);

/** Up to `limit` nodes of `families` after the key `after`, ordered by key. */
export function entitiesPage(
  db: Database,
  families: readonly NodeFamily[],
  after: string,
  limit: number,
): Promise<Entity[]> {
  return db.read(ENTITIES_PAGE, { families, after, limit });
}

const ENTITIES_COUNT = namedQuery(
  'entitiesCount',
  'MATCH (n:Entity) WHERE any(family IN $families WHERE family IN labels(n)) RETURN count(n) AS total',
  (row) => num(row.total),
);

/** How many nodes the families hold. */
export async function entitiesCount(
  db: Database,
  families: readonly NodeFamily[],
): Promise<number> {
  const [total] = await db.read(ENTITIES_COUNT, { families });
  return total ?? 0;
}
