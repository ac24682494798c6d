import type { Database } from '../db/database.js';
import { list, namedQuery, text } from '../db/query.js';
import { decodeEntities, entityProjection } from '../model/projection.js';
import type { Entity } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';
import { expansionCypher, firstNeighbours } from './expand.js';

export interface Neighbor {
  entity: Entity;
  distance: number;
}

// Every key's expansion and the reached nodes in one statement, whatever the number of keys (its
// first level read before, by `firstNeighbours`).
const NEIGHBORS_OF_KEYS = namedQuery(
  'neighborsOfKeys',
  `
UNWIND $keys AS key
MATCH (seed:Entity {key: key})
CALL (seed) {
  WITH [seed] AS front0, [seed] AS seen0, false AS cut0
  ${expansionCypher()}
  RETURN [level IN levels[1..] | [n IN level | ${entityProjection('n')}]] AS levels
}
RETURN key, levels`,
  (row) => ({ key: text(row.key), levels: list(decodeEntities)(row.levels) }),
);

/**
 * The nodes within `depth` steps of each key, nearest first, at most `limit` per key (the
 * expansion stops there too), in key order, in two round trips (the first level, then the rest).
 */
export async function neighborsOfKeys(
  db: Database,
  keys: readonly string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
): Promise<Neighbor[][]> {
  // The starting node takes one of the expansion's slots.
  const near = await firstNeighbours(db, keys, depth, types, limit + 1);
  const rows = await db.read(NEIGHBORS_OF_KEYS, { keys, depth, types, limit: limit + 1, near });
  const byKey = new Map(rows.map((row) => [row.key, row.levels]));
  return keys.map((key) =>
    (byKey.get(key) ?? [])
      .flatMap((level, index) => level.map((entity) => ({ entity, distance: index + 1 })))
      .sort((a, b) => a.distance - b.distance || a.entity.key.localeCompare(b.entity.key))
      .slice(0, limit),
  );
}
