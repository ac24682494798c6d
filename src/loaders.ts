import DataLoader from 'dataloader';
import type { RelationType } from './dataset/vocabulary.js';
import type { Database } from './db/database.js';
import { entitiesByKeys, sourcesByKeys } from './graph/entities.js';
import { expandGroups } from './graph/expand.js';
import { type RelationEdge, type RelationSpec, relationsOfKeys } from './graph/relations.js';
import type { EntityRow, SourceRow } from './graph/rows.js';

export interface Neighbor {
  entity: EntityRow;
  distance: number;
}

/** Most neighbours one actor's `neighbors` field lists: keeps a hub from flooding a response. */
export const NEIGHBOR_LIMIT = 500;

/** Per-request loaders: each batches all the keys a nesting level asks for into one query. */
export function createLoaders(db: Database) {
  const entity = new DataLoader<string, EntityRow | null>((keys) => entitiesByKeys(db, keys));
  const source = new DataLoader<string, SourceRow | null>((keys) => sourcesByKeys(db, keys));

  const relationLoaders = new Map<string, DataLoader<string, RelationEdge[]>>();
  const relations = (spec: RelationSpec) => {
    const id = JSON.stringify([
      spec.types ? [...spec.types].sort() : null,
      spec.direction,
      spec.activeAt,
    ]);
    let loader = relationLoaders.get(id);
    if (!loader) {
      loader = new DataLoader((keys) => relationsOfKeys(db, keys, spec));
      relationLoaders.set(id, loader);
    }
    return loader;
  };

  const neighborLoaders = new Map<string, DataLoader<string, Neighbor[]>>();
  const neighbors = (depth: number, types: RelationType[] | null) => {
    const id = JSON.stringify([depth, types]);
    let loader = neighborLoaders.get(id);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const groups = new Map(keys.map((key) => [key, [key]]));
        const expansions = await expandGroups(db, groups, depth, types, NEIGHBOR_LIMIT + 1);
        const reached = [
          ...new Set([...expansions.values()].flatMap((e) => [...e.distances.keys()])),
        ];
        const entities = await entity.loadMany(reached);
        const byKey = new Map(
          entities
            .filter((row): row is EntityRow => row !== null && !(row instanceof Error))
            .map((row) => [row.key, row]),
        );
        return keys.map((key) =>
          [...(expansions.get(key)?.distances ?? [])]
            .filter(([reachedKey, distance]) => distance > 0 && byKey.has(reachedKey))
            .map(([reachedKey, distance]) => ({
              entity: byKey.get(reachedKey) as EntityRow,
              distance,
            }))
            .sort((a, b) => a.distance - b.distance || a.entity.key.localeCompare(b.entity.key))
            .slice(0, NEIGHBOR_LIMIT),
        );
      });
      neighborLoaders.set(id, loader);
    }
    return loader;
  };

  return { entity, source, relations, neighbors };
}

export type Loaders = ReturnType<typeof createLoaders>;
