import { type BuilderTypes, builder } from '../builder.js';
import type { NodeFamily } from '../dataset/types.js';
import { ACTOR_KINDS, type RelationType } from '../dataset/vocabulary.js';
import type { Direction } from '../graph/relations.js';
import type { EntityRow } from '../graph/rows.js';
import { buildTimeline } from '../graph/timeline.js';
import {
  FoundingRef,
  LocalizedNameRef,
  loadSources,
  PartialDateRef,
  ResourceCountRef,
} from './common-types.js';
import { EntityRef } from './entity-ref.js';
import {
  ActorKindEnum,
  DirectionEnum,
  EntityKindEnum,
  RelationTypeEnum,
  ScopeEnum,
} from './enums.js';
import { intInRange, LIMITS, pageCost, yearArg } from './limits.js';
import { RelationConnectionRef, type RelationFilter, resolveRelations } from './relation.js';
import { SourceRef } from './source.js';
import { TimelineEntryRef } from './timeline.js';

type FieldBuilder = PothosSchemaTypes.FieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>,
  EntityRow,
  'Object' | 'Interface'
>;

/** Most relationships a timeline reads, so that a hub's timeline stays bounded. */
const TIMELINE_RELATIONS = 1000;

const ACTIVE_AT_DESCRIPTION =
  'Keep only relationships that held in this year. Without a start date, a relationship counts from ' +
  'the first year a source lists it, else from the founding of the later of its two ends; without ' +
  'an end date it is taken as still holding.';

/** A relationship connection with a fixed type and direction, e.g. `memberships`. */
function fixedRelationField(
  t: FieldBuilder,
  type: RelationType,
  direction: Direction,
  description: string,
) {
  return t.connection(
    {
      type: EntityRef,
      description,
      args: { activeAt: t.arg.int({ description: ACTIVE_AT_DESCRIPTION }) },
      complexity: (args) => pageCost(args, 20),
      resolve: (parent, args, ctx, info) => {
        const spec: RelationFilter = {
          types: [type],
          direction,
          activeAt: yearArg(`${info.fieldName}.activeAt`, args.activeAt),
        };
        return resolveRelations(parent, spec, args, ctx, info.fieldName) as never;
      },
    },
    RelationConnectionRef,
  );
}

builder.interfaceType(EntityRef, {
  description: 'Any node of the graph: an actor, an event, a law or a policy document.',
  resolveType: (row) => row.family,
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable, human-readable identifier, e.g. "mes" or "ripess-europe".',
    }),
    name: t.exposeString('name', { description: 'Main name, in its own language.' }),
    names: t.field({
      type: [LocalizedNameRef],
      description: 'Names by language.',
      resolve: (row) => row.names,
    }),
    kind: t.field({
      type: EntityKindEnum,
      nullable: true,
      description: 'What kind of node this is; null for an actor added without a kind.',
      resolve: (row) => row.kind as never,
    }),
    acronym: t.string({
      nullable: true,
      description: 'Acronym, e.g. "MES".',
      resolve: (row) => row.acronym,
    }),
    aliases: t.stringList({
      description: 'Other spellings and former names.',
      resolve: (row) => row.aliases,
    }),
    description: t.string({
      nullable: true,
      description: 'A short description in the project’s own words.',
      resolve: (row) => row.description,
    }),
    disputed: t.exposeBoolean('disputed', {
      description: 'True when sources disagree about this node itself; see `note`.',
    }),
    note: t.string({
      nullable: true,
      description: 'Context or disagreement about this node.',
      resolve: (row) => row.note,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of the facts about this node (at least one).',
      resolve: (row, _args, ctx) => loadSources(ctx, row.sources),
    }),
    relations: t.connection(
      {
        type: EntityRef,
        description: 'Relationships of any type, filtered by type and direction.',
        args: {
          types: t.arg({
            type: [RelationTypeEnum],
            description: 'Only these relationship types (default: all).',
          }),
          direction: t.arg({
            type: DirectionEnum,
            defaultValue: 'BOTH',
            description: 'Which direction to follow.',
          }),
          activeAt: t.arg.int({ description: ACTIVE_AT_DESCRIPTION }),
        },
        complexity: (args) => pageCost(args, 20),
        resolve: (parent, args, ctx) => {
          const spec: RelationFilter = {
            types: args.types?.length ? args.types : null,
            direction: args.direction ?? 'BOTH',
            activeAt: yearArg('relations.activeAt', args.activeAt),
          };
          return resolveRelations(parent, spec, args, ctx, 'relations') as never;
        },
      },
      RelationConnectionRef,
    ),
    participants: fixedRelationField(
      t,
      'PARTICIPATES_IN',
      'INCOMING',
      'Actors that take part in this node.',
    ),
  }),
});

const FAMILY_DESCRIPTIONS: Record<NodeFamily, string> = {
  Actor: 'An organisation of the social and solidarity economy or around it.',
  Event: 'A dated gathering: forum, congress, village, general assembly.',
  Law: 'A law or decree.',
  PolicyDocument: 'A policy document adopted by a public body.',
};

function entityNode(family: NodeFamily) {
  const ref = builder.objectRef<EntityRow>(family);
  builder.node(ref, {
    description: FAMILY_DESCRIPTIONS[family],
    interfaces: [EntityRef],
    id: { resolve: (row) => row.key },
    isTypeOf: (value) => (value as EntityRow).family === family,
    loadMany: (keys, ctx) =>
      keys.map(async (key) => {
        const row = await ctx.loaders.entity.load(key);
        return row?.family === family ? row : null;
      }),
    fields: () => ({}),
  });
  return ref;
}

export const ActorRef = entityNode('Actor');
export const EventRef = entityNode('Event');
export const LawRef = entityNode('Law');
export const PolicyDocumentRef = entityNode('PolicyDocument');

for (const ref of [EventRef, LawRef, PolicyDocumentRef]) {
  builder.objectFields(ref, (t) => ({
    date: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it took place or was adopted.',
      resolve: (row) => row.date,
    }),
    endDate: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it ended (events).',
      resolve: (row) => row.endDate,
    }),
    place: t.string({
      nullable: true,
      description: 'Where it took place.',
      resolve: (row) => row.place,
    }),
    country: t.string({
      nullable: true,
      description: 'ISO 3166 country code.',
      resolve: (row) => row.country,
    }),
  }));
}

builder.objectFields(ActorRef, (t) => ({
  kinds: t.field({
    type: [ActorKindEnum],
    description: 'The actor’s kind labels.',
    resolve: (row) => row.labels.filter((label) => Object.hasOwn(ACTOR_KINDS, label)) as never,
  }),
  founded: t.field({
    type: FoundingRef,
    nullable: true,
    description: 'When and where it was founded.',
    resolve: (row) => row.founded,
  }),
  place: t.string({
    nullable: true,
    description: 'Where it was founded or is based.',
    resolve: (row) => row.place,
  }),
  country: t.string({
    nullable: true,
    description: 'ISO 3166 country code, for national and local actors.',
    resolve: (row) => row.country,
  }),
  scope: t.field({
    type: ScopeEnum,
    nullable: true,
    description: 'The territory it works at.',
    resolve: (row) => row.scope as never,
  }),
  resourceCounts: t.field({
    type: [ResourceCountRef],
    description: 'Resources by type listed on its profile (e.g. socioeco.org).',
    resolve: (row) => row.resourceCounts,
  }),
  memberships: fixedRelationField(t, 'MEMBER_OF', 'OUTGOING', 'What this actor is a member of.'),
  members: fixedRelationField(t, 'MEMBER_OF', 'INCOMING', 'The members of this actor.'),
  participations: fixedRelationField(
    t,
    'PARTICIPATES_IN',
    'OUTGOING',
    'What this actor takes part in.',
  ),
  timeline: t.field({
    type: [TimelineEntryRef],
    description:
      'Its dated facts in order: founding, and when each relationship began, was listed and ended.',
    complexity: { field: 10, multiplier: 20 },
    resolve: async (row, _args, ctx) => {
      const page = await ctx.loaders
        .relations({
          types: null,
          direction: 'BOTH',
          activeAt: null,
          offset: 0,
          limit: TIMELINE_RELATIONS,
        })
        .load(row.key);
      return buildTimeline(row, page.edges);
    },
  }),
  neighbors: t.field({
    type: [NeighborRef],
    description:
      'Nodes within `depth` steps along relationships of any direction, nearest first (at most 500).',
    args: {
      depth: t.arg.int({
        defaultValue: 1,
        description: `How many steps out (1 to ${LIMITS.depth}).`,
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Follow only these relationship types.',
      }),
    },
    // Priced as its typical size, so nesting neighbours under many parents hits the cost limit.
    complexity: (args) => ({
      field: 10 * Math.min(args.depth ?? 1, LIMITS.depth),
      multiplier: 100,
    }),
    resolve: (row, args, ctx) => {
      const depth = intInRange('neighbors.depth', args.depth, 1, LIMITS.depth, 1);
      return ctx.loaders
        .neighbors({ depth, types: args.relationTypes?.length ? args.relationTypes : null })
        .load(row.key);
    },
  }),
}));

export const NeighborRef = builder
  .objectRef<{ entity: EntityRow; distance: number }>('Neighbor')
  .implement({
    description: 'A node near another one.',
    fields: (t) => ({
      distance: t.exposeInt('distance', { description: 'Number of steps away.' }),
      node: t.field({ type: EntityRef, description: 'The node.', resolve: (n) => n.entity }),
    }),
  });
