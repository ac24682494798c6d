import type { Database } from '../db/database.js';
import { namedQuery, num, text } from '../db/query.js';
import { CHANGES, type Change, EVOLUTION_COUNT_FROM_COUNTERS } from '../model/evolution-counts.js';
import {
  decodeEntity,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';
import { type NodeFamily, RELATION_TYPES, type RelationType } from '../model/vocabulary.js';

export interface EvolutionStep {
  year: number;
  change: 'BEGAN' | 'ENDED';
  relation: Relation;
}

const TYPES = Object.keys(RELATION_TYPES) as RelationType[];

/** Where a page of `evolution` starts: just after this step, in the order steps are listed. */
export interface EvolutionCursor {
  year: number;
  change: Change;
  from: string;
  type: RelationType;
  to: string;
}

/** The step's place in the listing order: year, change, start key, type, end key. */
export function evolutionCursorOf(step: EvolutionStep): EvolutionCursor {
  const { from, type, to } = step.relation;
  return { year: step.year, change: step.change, from, type, to };
}

// Strictly after `$after` in (year, change, from, type, to) order; change and type are this
// branch's constants, so only the year and the keys are compared against the stored values.
function afterCursor(year: string, change: Change, type: RelationType): string {
  const tail = `('${type}' > $after.type OR ('${type}' = $after.type AND r.toKey > $after.to))`;
  const keys = `(r.fromKey > $after.from OR (r.fromKey = $after.from AND ${tail}))`;
  const sameYear = `('${change}' > $after.change OR ('${change}' = $after.change AND ${keys}))`;
  return `($after IS NULL OR ${year} > $after.year OR (${year} = $after.year AND ${sameYear}))`;
}

// One branch per type and change, each read from its (year, fromKey, toKey) index in that order
// and cut at the page: a page costs at most a page per branch, whatever the graph's size.
function stepBranch(type: RelationType, change: Change): string {
  const year = `r.${CHANGES[change]}`;
  return `
  MATCH (:Entity)-[r:${type}]->(:Entity) USING INDEX r:${type}(${CHANGES[change]}, fromKey, toKey)
  WHERE ${year} >= $seekFrom AND ${year} <= $to AND r.fromKey IS NOT NULL AND r.toKey IS NOT NULL
    AND ${afterCursor(year, change, type)}
  WITH r ORDER BY ${year}, r.fromKey, r.toKey LIMIT $limit
  RETURN r, ${year} AS year, '${change}' AS change`;
}

const BRANCHES = TYPES.flatMap((type) =>
  (Object.keys(CHANGES) as Change[]).map((change) => stepBranch(type, change)),
);

// A relationship counts in a period when its known start or end falls in it (not the write history).
const EVOLUTION = namedQuery(
  'evolution',
  `
CALL () {${BRANCHES.join('\n  UNION ALL')}
}
WITH r, year, change ORDER BY year, change, r.fromKey, type(r), r.toKey
LIMIT $limit
RETURN year, change, ${relationProjection('r')} AS relation`,
  (row): EvolutionStep => ({
    year: num(row.year),
    change: text(row.change) === 'ENDED' ? 'ENDED' : 'BEGAN',
    relation: decodeRelation(row.relation),
  }),
);

/**
 * Up to `limit` relationships that began or ended between `from` and `to` (years, inclusive), in
 * date order, after `after` when given.
 */
export function evolution(
  db: Database,
  from: number,
  to: number,
  limit: number,
  after: EvolutionCursor | null = null,
) {
  const seekFrom = after === null ? from : Math.max(from, after.year);
  return db.read(EVOLUTION, { seekFrom, to, limit, after });
}

// Summed from the counters the writers keep per type, change and year (model/evolution-counts.ts):
// a period's total reads at most (years × types × 2) stored numbers, never the relationships.
const EVOLUTION_COUNT = namedQuery('evolutionCount', EVOLUTION_COUNT_FROM_COUNTERS, (row) =>
  num(row.total),
);

/** How many steps `evolution` lists between `from` and `to`, all pages together. */
export async function evolutionCount(db: Database, from: number, to: number): Promise<number> {
  const [total] = await db.read(EVOLUTION_COUNT, { from, to });
  return total ?? 0;
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
