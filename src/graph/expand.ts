import type { Database } from '../db/database.js';
import { namedQuery, text } from '../db/query.js';
import type { RelationType } from '../model/vocabulary.js';

// Each frontier node contributes at most $limit neighbours, so a hub cannot flood a level.
const NEXT_LEVEL = namedQuery(
  'expandLevel',
  `
UNWIND $frontier AS item
CALL (item) {
  MATCH (:Entity {key: item.key})-[r]-(m:Entity)
  WHERE $types IS NULL OR type(r) IN $types
  WITH DISTINCT m.key AS key ORDER BY key LIMIT $limit
  RETURN key
}
RETURN DISTINCT item.group AS group, key
ORDER BY group, key`,
  (row) => ({ group: text(row.group), key: text(row.key) }),
);

export interface Expansion {
  /** Reached keys with their distance from the nearest seed (seeds at 0). */
  distances: Map<string, number>;
  /** True when `limit` stopped the expansion before it reached everything within `depth`. */
  truncated: boolean;
}

/**
 * Breadth-first expansion from several groups of seeds at once: one round trip per level, whatever
 * the number of groups, so a list of parents costs `depth` queries, not `depth` per parent.
 */
export async function expandGroups(
  db: Database,
  groups: ReadonlyMap<string, readonly string[]>,
  depth: number,
  types: RelationType[] | null,
  limit: number,
): Promise<Map<string, Expansion>> {
  const result = new Map<string, Expansion>();
  for (const [group, seeds] of groups) {
    const distances = new Map<string, number>();
    for (const seed of seeds.slice(0, limit)) distances.set(seed, 0);
    result.set(group, { distances, truncated: seeds.length > limit });
  }
  let frontier = [...result].flatMap(([group, e]) =>
    [...e.distances.keys()].map((key) => ({ group, key })),
  );
  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const rows = await db.read(NEXT_LEVEL, { frontier, types, limit });
    frontier = [];
    for (const { group, key } of rows) {
      const expansion = result.get(group);
      if (!expansion || expansion.distances.has(key)) continue;
      if (expansion.distances.size >= limit) {
        expansion.truncated = true;
        continue;
      }
      expansion.distances.set(key, level);
      frontier.push({ group, key });
    }
  }
  return result;
}
