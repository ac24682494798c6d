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
import type { ReadBriefness } from './model/projection.js';
import { type Entity, isBrief, type Source } from './model/types.js';
import type { RelationType } from './model/vocabulary.js';

/** One DataLoader per distinct set of arguments (by `keyOf`), created on first use within the request. */
function loaderPerArguments<A, V>(
  make: (args: A) => DataLoader<string, V>,
  keyOf: (args: A) => string = (args) => JSON.stringify(args),
) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const id = keyOf(args);
    let loader = loaders.get(id);
    if (!loader) {
      loader = make(args);
      loaders.set(id, loader);
    }
    return loader;
  };
}

const sortedTypes = (types: readonly RelationType[] | null) => (types ? [...types].sort() : null);

/**
 * A page spec's loader key: each of its values, types sorted (the same page whatever their order).
 * Asked once per parent of a level, so built by hand: JSON.stringify of the spec cost about 3 %
 * of a nested request's CPU, and of these fields still 1.8 % of b.'s (session 24). Typed over every
 * field of a spec and of its briefness: a field added to either fails to compile here until keyed
 * (undefined stays apart from null, an absent key; the cursor, the only free text, comes last).
 */
function relationSpecKey(spec: RelationSpec): string {
  const { brief, types } = spec;
  const briefness: Record<keyof ReadBriefness, unknown> = {
    nodes: brief.nodes,
    relations: brief.relations,
    nodeKeys: brief.nodeKeys,
  };
  const fields: Record<keyof RelationSpec, unknown> = {
    // Type names are words, so the bracketed comma-joined list is unambiguous.
    types: types === null ? 'null' : `[${sortedTypes(types)}]`,
    direction: spec.direction,
    activeAt: spec.activeAt,
    limit: spec.limit,
    otherDegrees: spec.otherDegrees,
    brief: `${briefness.nodes} ${briefness.relations} ${briefness.nodeKeys}`,
    after: JSON.stringify(spec.after),
  };
  return `${fields.types}|${fields.direction}|${fields.activeAt}|${fields.limit}|${fields.otherDegrees}|${fields.brief}|${fields.after}`;
}

/** Per-request loaders: each batches all the keys a nesting level asks for into one query. */
export function createLoaders(db: Database) {
  const entity = new DataLoader<string, Entity | null>((keys) => entitiesByKeys(db, keys));
  const source = new DataLoader<string, Source | null>((keys) => sourcesByKeys(db, keys));

  const relations = loaderPerArguments((spec: RelationSpec) => {
    const sorted = { ...spec, types: sortedTypes(spec.types) };
    return new DataLoader<string, RelationEdge[]>((keys) => relationsOfKeys(db, keys, sorted));
  }, relationSpecKey);

  // Counted only when a connection's `totalCount` is selected, for all parents of a level at once.
  const relationCountsBy = loaderPerArguments(
    (filter: RelationFilter) =>
      new DataLoader<string, number>((keys) => relationCountsOfKeys(db, keys, filter)),
  );
  const relationCounts = (filter: RelationFilter) =>
    relationCountsBy({ ...filter, types: sortedTypes(filter.types) });

  const neighbors = loaderPerArguments(
    ({ depth, types }: { depth: number; types: RelationType[] | null }) =>
      new DataLoader<string, Neighbor[]>((keys) =>
        neighborsOfKeys(db, keys, depth, types, CAPS.neighbors),
      ),
  );

  const founders = new DataLoader<string, RelationEdge[]>((keys) =>
    foundersOfKeys(db, keys, CAPS.founders),
  );

  /** Hands pages of relationships read with their parents to the loader their field will ask. */
  const primeRelationPages = (
    spec: RelationSpec,
    pages: Iterable<readonly [string, RelationEdge[]]>,
  ) => {
    const loader = relations(spec);
    for (const [key, edges] of pages) loader.prime(key, edges);
  };

  // An entity and the first page of one of its connections in one query (lookahead, see
  // prefetch.ts). Only whole entities are shared with the entity loader.
  const entityWithRelationsBy = loaderPerArguments(
    ({ spec, brief }: { spec: RelationSpec; brief: boolean }) =>
      new DataLoader<string, EntityWithRelations | null>(async (keys) => {
        const rows = await entitiesWithRelationsByKeys(db, keys, spec, brief);
        const pages: [string, RelationEdge[]][] = [];
        for (const [index, row] of rows.entries()) {
          if (!row) continue;
          if (!isBrief(row.entity)) entity.prime(keys[index] as string, row.entity);
          pages.push([row.entity.key, row.edges]);
        }
        primeRelationPages(spec, pages);
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
    primeRelationPages,
    relationCounts,
    neighbors,
    founders,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
