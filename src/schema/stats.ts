import { intInRange } from '../arguments.js';
import { builder } from '../builder.js';
import { type GraphStatsRow, graphStats } from '../graph/stats.js';
import { BOUNDS, rangeText } from '../limits.js';
import type { Entity } from '../model/types.js';
import { ActorRef } from './entity.js';
import { EntityKindEnum, RelationTypeEnum } from './enums.js';

const KindCountRef = builder.objectRef<GraphStatsRow['byKind'][number]>('KindCount').implement({
  description: 'How many nodes have one kind.',
  fields: (t) => ({
    kind: t.field({
      type: EntityKindEnum,
      description: 'The kind.',
      resolve: (c) => c.kind,
    }),
    count: t.exposeInt('count', { description: 'How many nodes.' }),
  }),
});

const RelationTypeCountRef = builder
  .objectRef<GraphStatsRow['byRelationType'][number]>('RelationTypeCount')
  .implement({
    description: 'How many relationships have one type.',
    fields: (t) => ({
      type: t.field({
        type: RelationTypeEnum,
        description: 'The type.',
        resolve: (c) => c.type,
      }),
      count: t.exposeInt('count', { description: 'How many relationships.' }),
    }),
  });

const ConnectedActorRef = builder
  .objectRef<{ actor: Entity; degree: number }>('ConnectedActor')
  .implement({
    description: 'An actor with its number of relationships.',
    fields: (t) => ({
      actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (c) => c.actor }),
      degree: t.exposeInt('degree', {
        description: "Relationships of the vocabulary's types (graph facts), in both directions.",
      }),
    }),
  });

const GraphStatsRef = builder.objectRef<GraphStatsRow>('GraphStats').implement({
  description: 'Counts that describe the whole graph.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes', { description: 'Actors, events, laws and documents.' }),
    relations: t.exposeInt('relations', {
      description:
        'Relationships of every type of the vocabulary: the graph facts the exports hold, not the bookkeeping of proposals, aliases or history.',
    }),
    sources: t.exposeInt('sources', { description: 'Sources the facts cite.' }),
    disputedRelations: t.exposeInt('disputedRelations', {
      description: 'Relationships that sources disagree about.',
    }),
    byKind: t.field({
      type: [KindCountRef],
      description: 'Nodes by kind, most frequent first.',
      resolve: (s) => s.byKind,
    }),
    byRelationType: t.field({
      type: [RelationTypeCountRef],
      description: 'Relationships by type, most frequent first.',
      resolve: (s) => s.byRelationType,
    }),
    mostConnected: t.field({
      type: [ConnectedActorRef],
      description: 'The actors with the most relationships.',
      resolve: (s) => s.mostConnected,
    }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: GraphStatsRef,
    description: 'Counts by kind and relationship type, and the most connected actors.',
    args: {
      top: t.arg.int({
        defaultValue: BOUNDS.statsTop.default,
        description: `How many most connected actors (${rangeText(BOUNDS.statsTop)}).`,
      }),
    },
    complexity: 20,
    resolve: (_root, args, ctx) =>
      graphStats(ctx.db, intInRange('stats.top', args.top, BOUNDS.statsTop)),
  }),
}));
