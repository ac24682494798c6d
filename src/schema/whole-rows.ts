// Whole-only fields on rows that may be brief. A brief row (read when a selection asks only for
// fields listed in brief-selection.ts) has no `sources`, `disputed` or dates in its type, so a
// resolver of such a field reads it through these: a brief row is then read whole by its key, and
// an answer is never made of a brief row's blanks.
import type { Context } from '../context.js';
import { relationById } from '../graph/research-relation.js';
import {
  type Entity,
  type EntityRow,
  isBrief,
  type Relation,
  type RelationRow,
  relationId,
} from '../model/types.js';

async function readEntity(key: string, ctx: Context): Promise<Entity> {
  const entity = await ctx.loaders.entity.load(key);
  if (!entity) throw new Error(`no node has the key "${key}" a brief row named`);
  return entity;
}

/** The whole node of a row: itself, or, for a brief row, the node read by its key. */
export function wholeEntity(row: EntityRow, ctx: Context): Entity | Promise<Entity> {
  return isBrief(row) ? readEntity(row.key, ctx) : row;
}

async function readRelation(row: RelationRow, ctx: Context): Promise<Relation> {
  const relation = await relationById(ctx.db, row);
  if (!relation) throw new Error(`no relationship "${relationId(row)}" as a brief row named`);
  return relation;
}

type Read<Whole, T> = (whole: Whole, ctx: Context) => T | Promise<T>;

/** Resolvers of whole-only fields of the node `get` finds in their parent: `read` gets it whole. */
export const wholeEntityOf =
  <Parent>(get: (parent: Parent) => EntityRow) =>
  <T>(read: Read<Entity, T>) =>
  (parent: Parent, _args: unknown, ctx: Context): T | Promise<T> => {
    const row = get(parent);
    return isBrief(row)
      ? readEntity(row.key, ctx).then((entity) => read(entity, ctx))
      : read(row, ctx);
  };

/** Resolvers of whole-only fields of the relationship `get` finds in their parent. */
export const wholeRelationOf =
  <Parent>(get: (parent: Parent) => RelationRow) =>
  <T>(read: Read<Relation, T>) =>
  (parent: Parent, _args: unknown, ctx: Context): T | Promise<T> => {
    const row = get(parent);
    return isBrief(row)
      ? readRelation(row, ctx).then((relation) => read(relation, ctx))
      : read(row, ctx);
  };

/** A resolver of a whole-only field of a node (the parent). */
export const fromWholeEntity = wholeEntityOf((row: EntityRow) => row);
