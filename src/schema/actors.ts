import { builder } from '../builder.js';
import { type ActorFilterValues, actorsCount, actorsPage } from '../graph/actors-page.js';
import type { EntityRow } from '../graph/rows.js';
import { type SearchResult, searchActors, toFullTextQuery } from '../graph/search.js';
import { ActorRef } from './entity.js';
import { ActorKindEnum, ScopeEnum } from './enums.js';
import { badInput, intInRange, LIMITS, pageCost, yearArg } from './limits.js';

const ActorFilterRef = builder.inputType('ActorFilter', {
  description: 'Conditions an actor must meet; all given conditions apply together.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, description: 'Only actors of this kind.' }),
    country: t.string({ description: 'Only actors of this country (ISO 3166 code, e.g. "FR").' }),
    scope: t.field({ type: ScopeEnum, description: 'Only actors working at this scope.' }),
    memberOf: t.string({ description: 'Only members of the actor with this key (e.g. "mes").' }),
    activeAt: t.int({
      description:
        'Only actors that existed in this year; with `memberOf`, only members in that year.',
    }),
    text: t.string({
      description: 'Only actors whose names, acronym, aliases or description match this text.',
    }),
  }),
});

const CURSOR_PREFIX = 'actor:';

function toCursor(row: EntityRow): string {
  return Buffer.from(`${CURSOR_PREFIX}${row.key}`).toString('base64url');
}

function fromCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith(CURSOR_PREFIX))
    throw badInput('actors.after', 'is not a cursor returned by `actors`');
  return decoded.slice(CURSOR_PREFIX.length);
}

const ActorConnectionRef = builder.connectionObject(
  {
    type: ActorRef,
    name: 'ActorConnection',
    description: 'A page of actors, ordered by key.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many actors match the filter, all pages together (one more query).',
        resolve: (connection, _args, ctx) =>
          actorsCount(ctx.db, (connection as unknown as { filter: ActorFilterValues }).filter),
      }),
    }),
  },
  { name: 'ActorEdge', description: 'One actor of the page.' },
);

const SearchHitRef = builder.objectRef<SearchResult>('SearchHit').implement({
  description: 'An actor found by `search`.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Full-text relevance (higher is better).' }),
    exact: t.exposeBoolean('exact', {
      description:
        'True when the query equals the acronym, a name or an alias (case and accents aside).',
    }),
    actor: t.field({
      type: ActorRef,
      description: 'The actor found.',
      resolve: (hit) => hit.actor,
    }),
  }),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'The actor with this key, or null when no actor has it.',
    args: { key: t.arg.string({ required: true, description: 'The actor’s key, e.g. "mes".' }) },
    resolve: async (_root, { key }, ctx) => {
      const row = await ctx.loaders.entity.load(key);
      return row?.family === 'Actor' ? row : null;
    },
  }),
  actors: t.connection(
    {
      type: ActorRef,
      description: 'Actors matching a filter, ordered by key, with keyset (cursor) pagination.',
      args: { filter: t.arg({ type: ActorFilterRef, description: 'Conditions on the actors.' }) },
      complexity: (args) => pageCost(args, 20),
      resolve: async (_root, args, ctx) => {
        const first = intInRange('actors.first', args.first, 0, LIMITS.first, 20);
        const text = args.filter?.text;
        if (text != null && text.length > LIMITS.queryLength) {
          throw badInput('actors.filter.text', `is longer than ${LIMITS.queryLength} characters`);
        }
        if (text != null && toFullTextQuery(text) === null) {
          throw badInput('actors.filter.text', 'must contain at least one letter or digit');
        }
        const filter: ActorFilterValues = {
          kind: args.filter?.kind,
          country: args.filter?.country,
          scope: args.filter?.scope,
          memberOf: args.filter?.memberOf,
          activeAt: yearArg('actors.filter.activeAt', args.filter?.activeAt),
          textQuery: text == null ? null : toFullTextQuery(text),
        };
        const after = args.after == null ? null : fromCursor(args.after);
        const rows = await actorsPage(ctx.db, filter, after, first + 1);
        const page = rows.slice(0, first);
        return {
          filter,
          edges: page.map((row) => ({ cursor: toCursor(row), node: row })),
          pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: after !== null,
            startCursor: page[0] ? toCursor(page[0]) : null,
            endCursor: page.at(-1) ? toCursor(page.at(-1) as EntityRow) : null,
          },
        } as never;
      },
    },
    ActorConnectionRef,
  ),
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over actors’ names, acronyms, aliases and descriptions, ignoring case and ' +
      'accents. Exact acronyms and names rank first. The text is taken literally: no query syntax.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to look for, e.g. "economie solidaire" or "MES".',
      }),
      first: t.arg.int({ defaultValue: 10, description: `How many hits (1 to ${LIMITS.first}).` }),
    },
    complexity: (args) => pageCost(args, 10, 5),
    resolve: (_root, args, ctx) => {
      const first = intInRange('search.first', args.first, 1, LIMITS.first, 10);
      if (args.query.length > LIMITS.queryLength) {
        throw badInput('search.query', `is longer than ${LIMITS.queryLength} characters`);
      }
      if (toFullTextQuery(args.query) === null) {
        throw badInput('search.query', 'must contain at least one letter or digit');
      }
      return searchActors(ctx.db, args.query, first);
    },
  }),
}));
