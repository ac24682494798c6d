import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { canPrefetch, type RelationSpec } from '../graph/relations.js';
import { childrenOf, connectionTreeBriefness } from './brief-selection.js';
import { relationPageSpec } from './relation.js';
import { relationFilterOf } from './relation-fields.js';

/**
 * Lookahead: the page of relationships that the first relationship connection selected on the
 * objects this field returns will ask for, so the field's own query can fetch it in the same
 * round trip (for the pages parents can fold in: `canPrefetch`). `path` leads from the field to those objects (e.g. `['edges', 'node']`). Null when
 * no connection is selected, or when its arguments are invalid: its resolver then reports them.
 */
export function prefetchedRelationSpec(
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): RelationSpec | null {
  const root = parseResolveInfo(info) as ResolveTree | null;
  if (!root) return null;
  let objects: ResolveTree[] = [root];
  for (const step of path) objects = childrenOf(objects).filter((field) => field.name === step);
  for (const field of childrenOf(objects)) {
    try {
      const filter = relationFilterOf(field.name, field.args);
      if (!filter) continue;
      const spec = relationPageSpec(field.name, filter, field.args, connectionTreeBriefness(field));
      return canPrefetch(spec) ? spec : null;
    } catch {
      return null;
    }
  }
  return null;
}
