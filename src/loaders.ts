import DataLoader from 'dataloader';
import type { RelationType } from './dataset/vocabulary.js';
import type { Database } from './db/database.js';
import { entitiesByKeys, sourcesByKeys } from './graph/entities.js';
import { expandGroups } from './graph/expand.js';
import { type RelationPage, type RelationSpec, relationsOfKeys } from './graph/relations.js';
import type { EntityRow, SourceRow } from './graph/rows.js';

export interface Neighbor {
  entity: EntityRow;
  distance: number;
}

/** Most neighbours one actor's `neighbors` field lists: keeps a hub from flooding a response. */
export const NEIGHBOR_LIMIT = 500;

/** One DataLoader per distinct set of arguments, created on first use within the request. */
function loaderPerArguments<A, V>(make: (args: A) => DataLoader<string, V>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const id = JSON.stringify(args);
    let loader = loaders.get(id);
    if (!loader) {
      loader = make(args);
      loaders.set(id, loader);
    }
    return loader;
  };
}

/** Per-request loaders: each batches all the keys a nesting level asks for into one query. */
export function createLoaders(db: Database) {
  const entity = new DataLoader<string, EntityRow | null>((keys) => entitiesByKeys(db, keys));
  const source = new DataLoader<string, SourceRow | null>((keys) => sourcesByKeys(db, keys));

  const relationsBy = loaderPerArguments(
    (spec: RelationSpec) =>
      new DataLoader<string, RelationPage>((keys) => relationsOfKeys(db, keys, spec)),
  );
  const relations = (spec: RelationSpec) =>
    relationsBy({ ...spec, types: spec.types ? [...spec.types].sort() : null });

  const neighbors = loaderPerArguments(
    ({ depth, types }: { depth: number; types: RelationType[] | null }) =>
      new DataLoader<string, Neighbor[]>(async (keys) => {
        const groups = new Map(keys.map((key) => [key, [key]]));
        // The starting node takes one of the expansion's slots.
        const expansions = await expandGroups(db, groups, depth, types, NEIGHBOR_LIMIT + 1);
        const reached = [
          ...new Set([...expansions.values()].flatMap((e) => [...e.distances.keys()])),
        ];
        const byKey = new Map<string, EntityRow>();
        for (const row of await entity.loadMany(reached)) {
          if (row && !(row instanceof Error)) byKey.set(row.key, row);
        }
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
      }),
  );

  return { entity, source, relations, neighbors };
}

export type Loaders = ReturnType<typeof createLoaders>;
