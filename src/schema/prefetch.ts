import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { canPrefetch, type RelationSpec } from '../graph/relations.js';
import { childrenOf, connectionTreeBriefness } from './brief-selection.js';
import { relationPageSpec } from './relation.js';
import { relationFilterOf } from './relation-fields.js';

/** The pages a field's own query can fold in: its objects' first connection, and theirs. */
export interface PrefetchedPages {
  /** The page of the first relationship connection selected on the objects the field returns. */
  first: RelationSpec;
  /** The page of the first connection selected on that connection's nodes, if it can be folded in too. */
  nested: RelationSpec | null;
}

/** The fields selected at `path` below `trees` (e.g. `['edges', 'node']`), under any type. */
function fieldsAt(trees: ResolveTree[], path: readonly string[]): ResolveTree[] {
  let objects = trees;
  for (const step of path) objects = childrenOf(objects).filter((field) => field.name === step);
  return childrenOf(objects);
}

/**
 * The first relationship connection among `fields`, with its tree, when a parent can fold its page
 * in (`canPrefetch`). Null when there is none, or when its arguments are invalid: its resolver then
 * reports them.
 */
function firstConnection(fields: ResolveTree[]): { spec: RelationSpec; tree: ResolveTree } | null {
  for (const field of fields) {
    try {
      const filter = relationFilterOf(field.name, field.args);
      if (!filter) continue;
      const spec = relationPageSpec(field.name, filter, field.args, connectionTreeBriefness(field));
      return canPrefetch(spec) ? { spec, tree: field } : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The first foldable connection selected at `path` below the field being resolved. */
function firstPage(info: GraphQLResolveInfo, path: readonly string[]) {
  const root = parseResolveInfo(info) as ResolveTree | null;
  return root ? firstConnection(fieldsAt([root], path)) : null;
}

/** Variable sets remembered per selection; past it, the lookahead is worked out anew. */
const VARIABLE_SETS_PER_SELECTION = 64;

/**
 * A lookahead worked out once per selection (the document's `fieldNodes`, kept as long as the
 * document is cached), parent type, path and variable values: it depends on nothing else, and
 * reading the selection with its arguments cost 5 % of b.'s CPU per request. Its answers are
 * shared between requests, so nobody changes them.
 */
function oncePerSelectionAndVariables<T>(
  lookahead: (info: GraphQLResolveInfo, path: readonly string[]) => T,
) {
  const known = new WeakMap<object, Map<string, T>>();
  return (info: GraphQLResolveInfo, path: readonly string[]): T => {
    let byId = known.get(info.fieldNodes);
    if (!byId) {
      byId = new Map();
      known.set(info.fieldNodes, byId);
    }
    const id = `${info.parentType.name}|${path.join('.')}|${JSON.stringify(info.variableValues)}`;
    if (byId.has(id)) return byId.get(id) as T;
    const value = lookahead(info, path);
    if (byId.size < VARIABLE_SETS_PER_SELECTION) byId.set(id, value);
    return value;
  };
}

const firstSpec = oncePerSelectionAndVariables(
  (info, path): RelationSpec | null => firstPage(info, path)?.spec ?? null,
);

const firstAndNestedPages = oncePerSelectionAndVariables((info, path): PrefetchedPages | null => {
  const first = firstPage(info, path);
  if (!first) return null;
  const nested = firstConnection(fieldsAt([first.tree], ['edges', 'node']));
  return { first: first.spec, nested: nested?.spec ?? null };
});

/**
 * Lookahead: the page of relationships the objects this field returns will ask for, so the
 * field's own query can fetch it in the same round trip. `path` leads from the field to those
 * objects (e.g. `['edges', 'node']`).
 */
export function prefetchedRelationSpec(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): RelationSpec | null {
  return firstSpec(info, path);
}

/** `prefetchedRelationSpec`, and the page one level further down (see `PrefetchedPages`). */
export function prefetchedPages(
  info: GraphQLResolveInfo,
  path: readonly string[],
): PrefetchedPages | null {
  return firstAndNestedPages(info, path);
}
