import { intInRange } from '../arguments.js';
import { builder, type SchemaTypes } from '../builder.js';
import type { Context } from '../context.js';
import type { RelationEdge } from '../graph/relations.js';
import { buildTimeline } from '../graph/timeline.js';
import { BOUNDS, CAPS, rangeText } from '../limits.js';
import { ACTIVE_AT_DESCRIPTION } from '../model/active-at.js';
import { WHOLE_READS } from '../model/projection.js';
import {
  type Entity,
  type EntityRow,
  originOf,
  type Relation,
  readWhole,
  versionOf,
} from '../model/types.js';
import {
  ACTOR_KINDS,
  type ActorKind,
  isOneOf,
  NODE_FAMILIES,
  type NodeFamily,
} from '../model/vocabulary.js';
import { nodeBrief, timelineOthersBrief, timelineOthersCounted } from './brief-selection.js';
import {
  FoundingRef,
  LocalizedNameRef,
  LocationRef,
  loadSources,
  MemberCountRef,
  PartialDateRef,
  ResourceCountRef,
  resourceCountList,
} from './common-types.js';
import { EntityRef } from './entity-ref.js';
import {
  ActorKindEnum,
  DirectionEnum,
  EntityKindEnum,
  RelationTypeEnum,
  ScopeEnum,
} from './enums.js';
import { pageCost } from './field-arguments.js';
import { prefetchedRelationSpec } from './prefetch.js';
import {
  RelationConnectionRef,
  type RelationFilter,
  RelationRef,
  resolveRelations,
} from './relation.js';
import {
  FIXED_RELATION_FIELDS,
  type FixedRelationField,
  type RelationFieldArgs,
  relationFilterOf,
} from './relation-fields.js';
import { SourceRef } from './source.js';
import { TimelineEntryRef } from './timeline.js';
import { fromWholeEntity, wholeEntity } from './whole-rows.js';

/** Every relationship of a node, whatever its type and direction: degrees from the count store. */
const ALL_RELATIONS = { types: null, direction: 'BOTH', activeAt: null } as const;

/**
 * The relationships a timeline reads, whole, with their other ends read briefly if `briefOthers`;
 * if `countOthers`, the other ends' degrees come with them, for their `timelineTruncated`.
 */
async function timelineRelations(
  ctx: Context,
  key: string,
  briefOthers: boolean,
  countOthers: boolean,
): Promise<RelationEdge<Relation>[]> {
  const edges = await ctx.loaders
    .relations({
      types: null,
      direction: 'BOTH',
      activeAt: null,
      after: null,
      limit: CAPS.timelineRelations,
      brief: { ...WHOLE_READS, nodes: briefOthers },
      otherDegrees: countOthers,
    })
    .load(key);
  const counts = ctx.loaders.relationCounts(ALL_RELATIONS);
  for (const edge of edges) {
    if (edge.otherDegree !== undefined) counts.prime(edge.other.key, edge.otherDegree);
  }
  return edges.map((edge) => ({ ...edge, relation: readWhole(edge.relation) }));
}

type FieldBuilder = PothosSchemaTypes.FieldBuilder<SchemaTypes, EntityRow, 'Object' | 'Interface'>;

/** A relationship connection with a fixed type and direction, e.g. `memberships`. */
function fixedRelationField(t: FieldBuilder, field: FixedRelationField) {
  return t.connection(
    {
      type: EntityRef,
      description: FIXED_RELATION_FIELDS[field].description,
      args: { activeAt: t.arg.int({ description: ACTIVE_AT_DESCRIPTION }) },
      complexity: (args) => pageCost(args),
      resolve: (parent, args, ctx, info) =>
        resolveRelations(parent, relationFilterOrFail(field, args), args, ctx, field, info),
    },
    RelationConnectionRef,
  );
}

function relationFilterOrFail(field: string, args: RelationFieldArgs): RelationFilter {
  const filter = relationFilterOf(field, args);
  if (!filter) throw new Error(`${field} is not a relationship connection`);
  return filter;
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
      resolve: fromWholeEntity((row) =>
        Object.entries(row.names)
          .map(([language, name]) => ({ language, name }))
          .sort((a, b) => a.language.localeCompare(b.language)),
      ),
    }),
    kind: t.field({
      type: EntityKindEnum,
      nullable: true,
      description: 'What kind of node this is; null for an actor added without a kind.',
      resolve: (row) => row.kind,
    }),
    acronym: t.string({
      nullable: true,
      description: 'Acronym, e.g. "MES".',
      resolve: (row) => row.acronym,
    }),
    aliases: t.stringList({
      description: 'Other spellings and former names.',
      resolve: fromWholeEntity((row) => row.aliases),
    }),
    description: t.string({
      nullable: true,
      description: 'A short description in the project’s own words.',
      resolve: fromWholeEntity((row) => row.description),
    }),
    disputed: t.boolean({
      description: 'True when sources disagree about this node itself; see `note`.',
      resolve: fromWholeEntity((row) => row.disputed),
    }),
    version: t.int({
      description:
        'Its write version: state it when you update, retire or merge it (`expectedVersion`).',
      resolve: fromWholeEntity((row) => versionOf(row)),
    }),
    origin: t.string({
      description: 'Where it came from: "curated" (data/), "api" or "import".',
      resolve: fromWholeEntity((row) => originOf(row)),
    }),
    lastChangedBy: t.string({
      nullable: true,
      description:
        'Who last changed it through the API; null for a node only the curated files wrote.',
      resolve: fromWholeEntity((row) => row.record?.updatedBy),
    }),
    note: t.string({
      nullable: true,
      description: 'Context or disagreement about this node.',
      resolve: fromWholeEntity((row) => row.note),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of the facts about this node (at least one).',
      resolve: fromWholeEntity((row, ctx) => loadSources(ctx, row.sources)),
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
        complexity: (args) => pageCost(args),
        resolve: (parent, args, ctx, info) =>
          resolveRelations(
            parent,
            relationFilterOrFail('relations', args),
            args,
            ctx,
            'relations',
            info,
          ),
      },
      RelationConnectionRef,
    ),
    founders: t.field({
      type: [FounderRef],
      description: `Who founded this node, by key: those that FOUNDED it and its founding members (at most ${CAPS.founders}).`,
      complexity: { field: 5, multiplier: 10 },
      resolve: (row, _args, ctx) => ctx.loaders.founders.load(row.key),
    }),
    participants: fixedRelationField(t, 'participants'),
  }),
});

function entityNode(family: NodeFamily) {
  const ref = builder.objectRef<EntityRow>(family);
  builder.node(ref, {
    description: NODE_FAMILIES[family],
    interfaces: [EntityRef],
    id: { resolve: (row) => row.key },
    isTypeOf: (value) => isEntityOf(value, family),
    loadMany: (keys, ctx) =>
      keys.map(async (key) => {
        const row = await ctx.loaders.entity.load(key);
        return row?.family === family ? row : null;
      }),
    fields: () => ({}),
  });
  return ref;
}

function isEntityOf(value: unknown, family: NodeFamily): boolean {
  return (
    typeof value === 'object' && value !== null && 'family' in value && value.family === family
  );
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
      resolve: fromWholeEntity((row) => row.date),
    }),
    endDate: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it ended (events).',
      resolve: fromWholeEntity((row) => row.endDate),
    }),
    place: t.string({
      nullable: true,
      description: 'Where it took place.',
      resolve: fromWholeEntity((row) => row.place),
    }),
    country: t.string({
      nullable: true,
      description: 'ISO 3166 country code.',
      resolve: fromWholeEntity((row) => row.country),
    }),
  }));
}

builder.objectFields(ActorRef, (t) => ({
  kinds: t.field({
    type: [ActorKindEnum],
    description: 'The actor’s kind labels.',
    resolve: (row): ActorKind[] => (row.kind && isOneOf(ACTOR_KINDS, row.kind) ? [row.kind] : []),
  }),
  founded: t.field({
    type: FoundingRef,
    nullable: true,
    description: 'When and where it was founded.',
    resolve: fromWholeEntity((row) => row.founded),
  }),
  place: t.string({
    nullable: true,
    description: 'Where it was founded or is based.',
    resolve: fromWholeEntity((row) => row.place ?? row.founded?.place),
  }),
  country: t.string({
    nullable: true,
    description: 'ISO 3166 country code, for national and local actors.',
    resolve: fromWholeEntity((row) => row.country),
  }),
  scope: t.field({
    type: ScopeEnum,
    nullable: true,
    description: 'The territory it works at.',
    resolve: fromWholeEntity((row) => row.scope),
  }),
  region: t.string({
    nullable: true,
    description: 'ISO 3166-2 region where it is registered, e.g. "FR-OCC" or "CA-QC".',
    resolve: fromWholeEntity((row) => row.region),
  }),
  city: t.string({
    nullable: true,
    description: 'The town of its seat, where a source gives it.',
    resolve: fromWholeEntity((row) => row.city),
  }),
  location: t.field({
    type: LocationRef,
    nullable: true,
    description: 'Where its seat is on the map, from its city; null when the city is unknown.',
    resolve: fromWholeEntity((row) => row.coordinates),
  }),
  areas: t.stringList({
    description:
      'For a continental or multi-country actor, the countries (ISO 3166) and world regions (UN M49, e.g. "150" for Europe) it works across.',
    resolve: fromWholeEntity((row) => row.areas),
  }),
  memberCounts: t.field({
    type: [MemberCountRef],
    description:
      'Its size as sourced, dated counts, e.g. 16 networks and 2,500 structures in 2021.',
    resolve: fromWholeEntity((row) => row.memberCounts),
  }),
  resourceCounts: t.field({
    type: [ResourceCountRef],
    description: 'Resources by type listed on its profile (e.g. socioeco.org).',
    resolve: fromWholeEntity((row) => resourceCountList(row.resourceCounts)),
  }),
  memberships: fixedRelationField(t, 'memberships'),
  members: fixedRelationField(t, 'members'),
  participations: fixedRelationField(t, 'participations'),
  timeline: t.field({
    type: [TimelineEntryRef],
    description: `Its dated facts in order: founding, and when each relationship began, was listed and ended (from its first ${CAPS.timelineRelations} relationships; see \`timelineTruncated\`).`,
    complexity: { field: 10, multiplier: 20 },
    resolve: async (row, _args, ctx, info) =>
      buildTimeline(
        await wholeEntity(row, ctx),
        await timelineRelations(
          ctx,
          row.key,
          timelineOthersBrief(info),
          timelineOthersCounted(info),
        ),
      ),
  }),
  timelineTruncated: t.boolean({
    description: `True when it has more than ${CAPS.timelineRelations} relationships, so \`timeline\` leaves some out.`,
    // Counted, not read: the same count as a connection's \`totalCount\`, batched for a level.
    resolve: async (row, _args, ctx) =>
      (await ctx.loaders.relationCounts(ALL_RELATIONS).load(row.key)) > CAPS.timelineRelations,
  }),
  neighbors: t.field({
    type: [NeighborRef],
    description: `Nodes within \`depth\` steps along relationships of any direction, nearest first (at most ${CAPS.neighbors}).`,
    args: {
      depth: t.arg.int({
        defaultValue: BOUNDS.neighborDepth.default,
        description: `How many steps out (${rangeText(BOUNDS.neighborDepth)}).`,
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Follow only these relationship types.',
      }),
    },
    // Priced as its typical size, so nesting neighbours under many parents hits the cost limit.
    complexity: (args) => ({
      field: 10 * Math.min(args.depth ?? 1, BOUNDS.neighborDepth.max),
      multiplier: 100,
    }),
    resolve: (row, args, ctx) => {
      const depth = intInRange('neighbors.depth', args.depth, BOUNDS.neighborDepth);
      return ctx.loaders
        .neighbors({ depth, types: args.relationTypes?.length ? args.relationTypes : null })
        .load(row.key);
    },
  }),
}));

const FounderRef = builder.objectRef<RelationEdge>('Founder').implement({
  description:
    'One founder of a node, with the relationship that says so: FOUNDED, or MEMBER_OF with `founding: true` (a founding member).',
  fields: (t) => ({
    node: t.field({ type: EntityRef, description: 'The founder.', resolve: (e) => e.other }),
    foundingMember: t.boolean({
      description:
        'True when the founder is also a member from the founding (MEMBER_OF, `founding: true`).',
      resolve: (e) => e.relation.type === 'MEMBER_OF',
    }),
    relation: t.field({
      type: RelationRef,
      description: 'The relationship, with its dates, role and sources.',
      resolve: (e) => e.relation,
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      'The node of any family (actor, event, law, policy document) with this key, or null.',
    args: { key: t.arg.string({ required: true, description: 'The node’s key, e.g. "lux09".' }) },
    resolve: (_root, { key }, ctx, info) =>
      ctx.loaders.entityWith(key, prefetchedRelationSpec(info), nodeBrief(info)),
  }),
}));

export const NeighborRef = builder
  .objectRef<{ entity: Entity; distance: number }>('Neighbor')
  .implement({
    description: 'A node near another one.',
    fields: (t) => ({
      distance: t.exposeInt('distance', { description: 'Number of steps away.' }),
      node: t.field({ type: EntityRef, description: 'The node.', resolve: (n) => n.entity }),
    }),
  });
