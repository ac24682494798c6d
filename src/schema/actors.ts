import { intInRange, yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { type ActorFilterValues, actorsCount, actorsPage } from '../graph/actors-page.js';
import { type SearchResult, searchEntities } from '../graph/search.js';
import { BOUNDS, CAPS, rangeText } from '../limits.js';
import type { EntityRow } from '../model/types.js';
import { NODE_FAMILY_NAMES } from '../model/vocabulary.js';
import { connectionNodesBrief, nodeBrief } from './brief-selection.js';
import { ActorRef } from './entity.js';
import { EntityRef } from './entity-ref.js';
import { ActorKindEnum, NodeFamilyEnum, ScopeEnum } from './enums.js';
import { fullTextArg, pageCost } from './field-arguments.js';
import { LazyPageInfo } from './keyset-page.js';
import { prefetchedPages, prefetchedRelationSpec } from './prefetch.js';

const NearRef = builder.inputType('Near', {
  description: 'A circle on the map: a centre in WGS 84 degrees and a radius in kilometres.',
  fields: (t) => ({
    latitude: t.float({
      required: true,
      description: `Degrees north, -${CAPS.latitude} to ${CAPS.latitude}.`,
    }),
    longitude: t.float({
      required: true,
      description: `Degrees east, -${CAPS.longitude} to ${CAPS.longitude}.`,
    }),
    radiusKm: t.float({
      required: true,
      description: `Kilometres from the centre, more than 0 and at most ${CAPS.nearRadiusKm}.`,
    }),
  }),
});

/** A circle checked before it reaches Cypher, each error naming the field that is out of range. */
function nearArg(near: { latitude: number; longitude: number; radiusKm: number }) {
  const check = (field: string, value: number, min: number, max: number, open = false) => {
    if (!Number.isFinite(value) || value > max || (open ? value <= min : value < min)) {
      throw badInput(
        `actors.filter.near.${field}`,
        `must be ${open ? 'more than' : 'from'} ${min} ${open ? 'and at most' : 'to'} ${max}, got ${value}`,
      );
    }
  };
  check('latitude', near.latitude, -CAPS.latitude, CAPS.latitude);
  check('longitude', near.longitude, -CAPS.longitude, CAPS.longitude);
  check('radiusKm', near.radiusKm, 0, CAPS.nearRadiusKm, true);
  return near;
}

const ActorFilterRef = builder.inputType('ActorFilter', {
  description: 'Conditions an actor must meet; all given conditions apply together.',
  fields: (t) => ({
    kind: t.field({ type: ActorKindEnum, description: 'Only actors of this kind.' }),
    country: t.string({ description: 'Only actors of this country (ISO 3166 code, e.g. "FR").' }),
    region: t.string({
      description: 'Only actors registered in this region (ISO 3166-2 code, e.g. "FR-OCC").',
    }),
    scope: t.field({ type: ScopeEnum, description: 'Only actors working at this scope.' }),
    area: t.string({
      description:
        'Only actors working across this area: a country code ("FR") or a UN M49 world region ("150" for Europe).',
    }),
    memberOf: t.string({ description: 'Only members of the actor with this key (e.g. "mes").' }),
    activeAt: t.int({
      description:
        'Only actors that existed in this year; with `memberOf`, only members in that year.',
    }),
    text: t.string({
      description: 'Only actors whose names, acronym, aliases or description match this text.',
    }),
    near: t.field({
      type: NearRef,
      description:
        'Only actors whose seat (`location`, from their city) lies in this circle; actors without a location never match.',
    }),
  }),
});

const CURSOR_PREFIX = 'actor:';

function toCursor(row: EntityRow): string {
  return Buffer.from(`${CURSOR_PREFIX}${row.key}`).toString('base64url');
}

/** An edge of an actors page: its cursor is encoded only when selected (few queries ask for it). */
class ActorEdge {
  constructor(readonly node: EntityRow) {}
  get cursor(): string {
    return toCursor(this.node);
  }
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
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  { name: 'ActorEdge', description: 'One actor of the page.' },
);

// Both searches answer with the same shape (`node`, `score`, `exact`); `actor` stays for old clients.
const SearchHitRef = builder.objectRef<SearchResult>('SearchHit').implement({
  description: 'An actor found by `search`: the same shape as `EntitySearchHit`.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Full-text relevance (higher is better).' }),
    exact: t.exposeBoolean('exact', {
      description:
        'True when the query equals the acronym, a name or an alias (case and accents aside).',
    }),
    node: t.field({ type: EntityRef, description: 'The actor found.', resolve: (hit) => hit.node }),
    actor: t.field({
      type: ActorRef,
      description: 'The actor found (as `node`).',
      deprecationReason: 'Use `node`, as `searchEntities` hits do.',
      resolve: (hit) => hit.node,
    }),
  }),
});

const EntitySearchHitRef = builder.objectRef<SearchResult>('EntitySearchHit').implement({
  description: 'A node of any family found by `searchEntities`.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Full-text relevance (higher is better).' }),
    exact: t.exposeBoolean('exact', {
      description:
        'True when the query equals the acronym, a name or an alias (case and accents aside).',
    }),
    node: t.field({ type: EntityRef, description: 'The node found.', resolve: (hit) => hit.node }),
  }),
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'The actor with this key, or null when no actor has it.',
    args: { key: t.arg.string({ required: true, description: 'The actor’s key, e.g. "mes".' }) },
    resolve: async (_root, { key }, ctx, info) => {
      const row = await ctx.loaders.entityWith(key, prefetchedRelationSpec(info), nodeBrief(info));
      return row?.family === 'Actor' ? row : null;
    },
  }),
  actors: t.connection(
    {
      type: ActorRef,
      description: 'Actors matching a filter, ordered by key, with keyset (cursor) pagination.',
      args: { filter: t.arg({ type: ActorFilterRef, description: 'Conditions on the actors.' }) },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx, info) => {
        const first = intInRange('actors.first', args.first, BOUNDS.pageSize);
        const text = args.filter?.text;
        const filter: ActorFilterValues = {
          kind: args.filter?.kind,
          country: args.filter?.country,
          region: args.filter?.region,
          scope: args.filter?.scope,
          area: args.filter?.area,
          memberOf: args.filter?.memberOf,
          activeAt: yearArg('actors.filter.activeAt', args.filter?.activeAt),
          textQuery: text == null ? null : fullTextArg('actors.filter.text', text),
          near: args.filter?.near == null ? null : nearArg(args.filter.near),
        };
        const after = args.after == null ? null : fromCursor(args.after);
        const pages = prefetchedPages(info, ['edges', 'node']);
        const relations = pages?.first ?? null;
        const nested = pages?.nested ?? null;
        const brief = connectionNodesBrief(info);
        const { rows, nested: nestedPages } = await actorsPage(
          ctx.db,
          filter,
          after,
          first,
          { relations, nested },
          brief,
        );
        const page = rows.slice(0, first).map(({ actor }) => actor);
        if (relations) {
          ctx.loaders.primeRelationPages(
            relations,
            rows.slice(0, first).flatMap(({ actor, edges }) => (edges ? [[actor.key, edges]] : [])),
          );
        }
        if (nested) ctx.loaders.primeRelationPages(nested, nestedPages);
        return {
          totalCount: () => actorsCount(ctx.db, filter),
          edges: page.map((row) => new ActorEdge(row)),
          pageInfo: new LazyPageInfo(
            rows.length > first,
            after !== null,
            page[0],
            page.at(-1),
            toCursor,
          ),
        };
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
      first: t.arg.int({
        defaultValue: BOUNDS.searchHits.default,
        description: `How many hits (${rangeText(BOUNDS.searchHits)}).`,
      }),
    },
    complexity: (args) => pageCost(args, BOUNDS.searchHits, 5),
    resolve: (_root, args, ctx) => {
      const first = intInRange('search.first', args.first, BOUNDS.searchHits);
      fullTextArg('search.query', args.query);
      return searchEntities(ctx.db, args.query, first, ['Actor']);
    },
  }),
  searchEntities: t.field({
    type: [EntitySearchHitRef],
    description:
      'Full-text search over every node family (actors, events, laws, policy documents) or the ' +
      'families given, ignoring case and accents; exact acronyms and names rank first.',
    args: {
      query: t.arg.string({
        required: true,
        description: 'Words to look for, e.g. "loi 2014" or "forum social".',
      }),
      families: t.arg({
        type: [NodeFamilyEnum],
        description: 'Only nodes of these families (default: all).',
      }),
      first: t.arg.int({
        defaultValue: BOUNDS.searchHits.default,
        description: `How many hits (${rangeText(BOUNDS.searchHits)}).`,
      }),
    },
    complexity: (args) => pageCost(args, BOUNDS.searchHits, 5),
    resolve: (_root, args, ctx) => {
      const first = intInRange('searchEntities.first', args.first, BOUNDS.searchHits);
      fullTextArg('searchEntities.query', args.query);
      const families = args.families?.length ? args.families : NODE_FAMILY_NAMES;
      return searchEntities(ctx.db, args.query, first, families);
    },
  }),
}));
