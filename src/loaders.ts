import DataLoader from 'dataloader';
import type { Database } from './db/database.js';
import {
  type EntityWithRelations,
  entitiesByKeys,
  entitiesWithRelationsByKeys,
  sourcesByKeys,
} from './graph/entities.js';
import { type Neighbor, neighborsOfKeys } from './graph/neighbors.js';
import {
  foundersOfKeys,
  type RelationEdge,
  type RelationFilter,
  type RelationSpec,
  relationCountsOfKeys,
  relationsOfKeys,
} from './graph/relations.js';
import { CAPS } from './limits.js';
import { type Entity, isBrief, type Source } from './model/types.js';
import type { RelationType } from './model/vocabulary.js';

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
  const entity = new DataLoader<string, Entity | null>((keys) => entitiesByKeys(db, keys));
  const source = new DataLoader<string, Source | null>((keys) => sourcesByKeys(db, keys));

  const relationsBy = loaderPerArguments(
    (spec: RelationSpec) =>
      new DataLoader<string, RelationEdge[]>((keys) => relationsOfKeys(db, keys, spec)),
  );
  const relations = (spec: RelationSpec) =>
    relationsBy({ ...spec, types: spec.types ? [...spec.types].sort() : null });

  // Counted only when a connection's `totalCount` is selected, for all parents of a level at once.
  const relationCountsBy = loaderPerArguments(
    (filter: RelationFilter) =>
      new DataLoader<string, number>((keys) => relationCountsOfKeys(db, keys, filter)),
  );
  const relationCounts = (filter: RelationFilter) =>
    relationCountsBy({ ...filter, types: filter.types ? [...filter.types].sort() : null });

  const neighbors = loaderPerArguments(
    ({ depth, types }: { depth: number; types: RelationType[] | null }) =>
      new DataLoader<string, Neighbor[]>((keys) =>
        neighborsOfKeys(db, keys, depth, types, CAPS.neighbors),
      ),
  );

  const founders = new DataLoader<string, RelationEdge[]>((keys) =>
    foundersOfKeys(db, keys, CAPS.founders),
  );

  /** Hands a page of relationships read with their parent to the loader its field will ask. */
  const primeRelations = (spec: RelationSpec, key: string, edges: RelationEdge[]) => {
    relations(spec).prime(key, edges);
  };

  // An entity and the first page of one of its connections in one query (lookahead, see
  // prefetch.ts). Only whole entities are shared with the entity loader.
  const entityWithRelationsBy = loaderPerArguments(
    ({ spec, brief }: { spec: RelationSpec; brief: boolean }) =>
      new DataLoader<string, EntityWithRelations | null>(async (keys) => {
        const rows = await entitiesWithRelationsByKeys(db, keys, spec, brief);
        for (const [index, row] of rows.entries()) {
          if (!row) continue;
          if (!isBrief(row.entity)) entity.prime(keys[index] as string, row.entity);
          primeRelations(spec, row.entity.key, row.edges);
        }
        return rows;
      }),
  );
  /** An entity, with the page `spec` folded in; read briefly when `brief` and a page is folded in. */
  const entityWith = async (key: string, spec: RelationSpec | null, brief = false) =>
    spec
      ? ((await entityWithRelationsBy({ spec, brief }).load(key))?.entity ?? null)
      : entity.load(key);

  return {
    entity,
    entityWith,
    source,
    relations,
    primeRelations,
    relationCounts,
    neighbors,
    founders,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
