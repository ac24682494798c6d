import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { refusal } from './auth/errors.js';
import { scopesOf } from './auth/roles.js';
import DocumentComplexityPlugin from './builder-plugins/document-complexity.js';
import ForwardPagesPlugin from './builder-plugins/forward-pages.js';
import PlainReadsPlugin from './builder-plugins/plain-reads.js';
import type { Context } from './context.js';
import { atMostText, BOUNDS, DOCUMENT_LIMITS } from './limits.js';

interface SchemaOptions {
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: { curator: boolean; admin: boolean };
  Scalars: { DateTime: { Input: string; Output: string } };
  // Counted only when a client selects `totalCount`.
  Connection: { totalCount: () => Promise<number> };
}

/** The schema's types, for helpers that take a field builder. */
export type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<SchemaOptions>;

/** The Pothos builder and its plugins; types are defined in src/schema/<domain>.ts. */
export const builder = new SchemaBuilder<SchemaOptions>({
  // Scope-auth first, so no other plugin's wrapper runs before a refused field is refused; plain
  // reads last, so it sees each field's own resolver.
  plugins: [
    ScopeAuthPlugin,
    DocumentComplexityPlugin,
    RelayPlugin,
    ForwardPagesPlugin,
    PlainReadsPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => scopesOf(ctx.viewer),
    unauthorizedError: (_parent, ctx) => refusal(ctx.viewer),
  },
  relay: {
    idFieldOptions: {
      description: 'Global ID: pass it to `node(id:)` to fetch this object again.',
    },
    nodeTypeOptions: { description: 'An object that can be fetched again by its global ID.' },
    nodeQueryOptions: {
      description: 'The object with this global ID, or null.',
      args: { id: { description: 'A global ID, as returned in an `id` field.' } },
    },
    // `nodes(ids:)` would take an unbounded list; clients fetch one node at a time.
    nodesQueryOptions: false,
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of the page.' },
    endCursorFieldOptions: {
      description: 'Cursor of the last item; pass it as `after` for the next page.',
    },
    cursorFieldOptions: { description: 'Opaque position of this item, for `after`.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits.' },
    firstArgOptions: {
      description: `How many items to return from the start (${atMostText(BOUNDS.pageSize)}).`,
    },
    afterArgOptions: { description: 'Return items after this cursor.' },
  },
  complexity: {
    defaultComplexity: 1,
    // Connections multiply by their page size themselves; their `edges` lists must not multiply again.
    defaultListMultiplier: 1,
    limit: {
      complexity: DOCUMENT_LIMITS.complexity,
      depth: DOCUMENT_LIMITS.depth,
      breadth: DOCUMENT_LIMITS.breadth,
    },
  },
});
