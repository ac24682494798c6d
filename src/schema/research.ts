import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { readExportGraph } from '../export/graph-query.js';
import {
  type EvolutionStep,
  entitiesCount,
  entitiesPage,
  evolution,
} from '../graph/research-evolution.js';
import { commonMembers, type DisputedFactRow, disputedFacts } from '../graph/research-facts.js';
import { computeMetrics, type GraphMetrics, type NodeMetrics } from '../graph/research-metrics.js';
import { relationById } from '../graph/research-relation.js';
import { BOUNDS, CAPS } from '../limits.js';
import { NODE_FAMILY_NAMES } from '../model/vocabulary.js';
import { parseRelationId } from '../write/relations.js';
import { loadSources } from './common-types.js';
import { EntityRef } from './entity-ref.js';
import { NodeFamilyEnum } from './enums.js';
import { intInRange, keyList, pageCost, unknownKeys, yearArg } from './limits.js';
import { RelationRef } from './relation.js';
import { SourceRef } from './source.js';

builder.queryFields((t) => ({
  relation: t.field({
    type: RelationRef,
    nullable: true,
    description:
      'A relationship by its id "fromKey|TYPE|toKey" (as `Relation.id` and `GraphEdge.id` give ' +
      'it, and as exports name edges); null when no such relationship exists.',
    args: {
      id: t.arg.string({
        required: true,
        description: 'The relationship id, e.g. "mes|MEMBER_OF|ess-france".',
      }),
    },
    resolve: (_root, args, ctx) => {
      return relationById(ctx.db, parseRelationId('relation.id', args.id));
    },
  }),
}));

const DisputedFactKindEnum = builder.enumType('DisputedFactKind', {
  description: 'What a disputed fact is about.',
  values: {
    RELATION: { description: 'A relationship that sources disagree about.' },
    NODE: { description: 'A node whose existence or identity sources disagree about.' },
    FOUNDING: { description: 'An actor’s founding date or place, given differently by sources.' },
  },
});

const DisputedFactRef = builder.objectRef<DisputedFactRow>('DisputedFact').implement({
  description:
    'A fact that sources disagree about, with all of them: `note` says who says what, and ' +
    '`sources` (or the founding’s `alternatives`) gives each side’s sources.',
  fields: (t) => ({
    kind: t.field({
      type: DisputedFactKindEnum,
      description: 'What the fact is about.',
      resolve: (f) => f.kind,
    }),
    relation: t.field({
      type: RelationRef,
      nullable: true,
      description: 'The disputed relationship, for kind RELATION.',
      resolve: (f) => f.relation,
    }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The disputed node, or the actor whose founding is disputed.',
      resolve: (f) => f.entity,
    }),
    note: t.string({
      nullable: true,
      description: 'Who says what, in the project’s own words.',
      resolve: (f) =>
        f.relation?.note ??
        (f.kind === 'FOUNDING' ? f.entity?.founded?.note : f.entity?.note) ??
        null,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'Every source about the fact, on either side.',
      resolve: (f, _args, ctx) => {
        const founding = f.entity?.founded;
        const keys =
          f.relation?.sources ??
          (f.kind === 'FOUNDING' && founding
            ? [...founding.sources, ...founding.alternatives.flatMap((a) => a.sources)]
            : (f.entity?.sources ?? []));
        return loadSources(ctx, [...new Set(keys)]);
      },
    }),
  }),
});

const DisputedFactPageRef = builder
  .objectRef<{ total: number; facts: DisputedFactRow[] }>('DisputedFactPage')
  .implement({
    description: 'A page of disputed facts.',
    fields: (t) => ({
      totalCount: t.exposeInt('total', { description: 'How many disputed facts there are.' }),
      facts: t.field({
        type: [DisputedFactRef],
        description: 'The facts of this page: relationships, then nodes, then foundings.',
        resolve: (p) => p.facts,
      }),
    }),
  });

builder.queryFields((t) => ({
  disputedFacts: t.field({
    type: DisputedFactPageRef,
    description: 'Every fact that sources disagree about, paged, with the sources of both sides.',
    args: {
      first: t.arg.int({
        defaultValue: BOUNDS.pageSize.default,
        description: `Page size (${BOUNDS.pageSize.min} to ${BOUNDS.pageSize.max}).`,
      }),
      offset: t.arg.int({
        defaultValue: BOUNDS.offset.default,
        description: `Facts to skip (${BOUNDS.offset.min} or more).`,
      }),
    },
    complexity: (args) => ({
      field: 5,
      multiplier: Math.min(args.first ?? BOUNDS.pageSize.default, BOUNDS.pageSize.max),
    }),
    resolve: (_root, args, ctx) => {
      const first = intInRange('disputedFacts.first', args.first, BOUNDS.pageSize);
      const offset = intInRange('disputedFacts.offset', args.offset, BOUNDS.offset);
      return disputedFacts(ctx.db, offset, first);
    },
  }),
  commonMembers: t.field({
    type: [EntityRef],
    description:
      'The nodes that are members (MEMBER_OF) of every one of the given bodies, in key order.',
    args: {
      keys: t.arg.stringList({
        required: true,
        description: `Keys of the bodies (1 to ${BOUNDS.keys.max}), e.g. ["mes", "ctc"].`,
      }),
    },
    complexity: { field: 10, multiplier: 20 },
    resolve: async (_root, args, ctx) => {
      const keys = keyList('commonMembers.keys', args.keys);
      const result = await commonMembers(ctx.db, keys);
      if (result.missingKeys.length > 0)
        throw unknownKeys('commonMembers.keys', result.missingKeys);
      return result.members;
    },
  }),
}));

const NodeMetricsRef = builder.objectRef<NodeMetrics>('NodeMetrics').implement({
  description: 'Network measures of one node, as Gephi’s statistics would give them.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Key of the node.' }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The node with all its fields.',
      resolve: (m, _args, ctx) => ctx.loaders.entity.load(m.key),
    }),
    degree: t.exposeInt('degree', { description: 'Relationships of the node within the graph.' }),
    betweenness: t.exposeFloat('betweenness', {
      description: 'Normalised betweenness centrality (0 to 1), relationships taken as undirected.',
    }),
    pagerank: t.exposeFloat('pagerank', {
      description: 'PageRank (all nodes sum to 1), relationships taken as undirected.',
    }),
    community: t.exposeInt('community', {
      description: 'Louvain community number; nodes sharing it form a community.',
    }),
  }),
});

const GraphMetricsRef = builder.objectRef<GraphMetrics>('GraphMetrics').implement({
  description: 'Centralities and communities of the whole graph or of a neighbourhood.',
  fields: (t) => ({
    nodes: t.field({
      type: [NodeMetricsRef],
      description: 'Every node with its measures, highest PageRank first.',
      resolve: (m) => m.nodes,
    }),
    communities: t.exposeInt('communities', { description: 'How many Louvain communities.' }),
    modularity: t.exposeFloat('modularity', { description: 'Modularity of that partition.' }),
  }),
});

builder.queryFields((t) => ({
  metrics: t.field({
    type: GraphMetricsRef,
    description:
      'Degree, betweenness, PageRank and Louvain communities, for the neighbourhood of `keys` or ' +
      `for the whole graph (no keys); computed for at most ${CAPS.metricsNodes} nodes.`,
    args: {
      keys: t.arg.stringList({
        description: `Keys to start from (up to ${BOUNDS.keys.max}); none for the whole graph.`,
      }),
      depth: t.arg.int({
        defaultValue: BOUNDS.subgraphDepth.default,
        description: `Steps out from the keys (${BOUNDS.subgraphDepth.min} to ${BOUNDS.subgraphDepth.max}).`,
      }),
      activeAt: t.arg.int({ description: 'Only what held in this year.' }),
    },
    complexity: { field: 200, multiplier: 1 },
    resolve: async (_root, args, ctx) => {
      const keys = args.keys?.length ? keyList('metrics.keys', args.keys) : null;
      const options = {
        keys,
        depth: intInRange('metrics.depth', args.depth, BOUNDS.subgraphDepth),
        types: null,
        activeAt: yearArg('metrics.activeAt', args.activeAt),
      };
      const graph = await readExportGraph(ctx.db, options);
      if (graph.missingKeys.length > 0) throw unknownKeys('metrics.keys', graph.missingKeys);
      if (graph.nodes.length > CAPS.metricsNodes) {
        throw badInput('metrics', `the graph has more than ${CAPS.metricsNodes} nodes: narrow it`);
      }
      return computeMetrics(graph);
    },
  }),
}));

const EvolutionStepRef = builder.objectRef<EvolutionStep>('EvolutionStep').implement({
  description: 'A relationship that began or ended in a period.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year it began or ended.' }),
    change: t.field({
      type: EvolutionChangeEnum,
      description: 'Whether it began or ended that year.',
      resolve: (step) => step.change,
    }),
    relation: t.field({
      type: RelationRef,
      description: 'The relationship.',
      resolve: (step) => step.relation,
    }),
  }),
});

const EvolutionChangeEnum = builder.enumType('EvolutionChange', {
  description: 'What happened to a relationship in a period.',
  values: {
    BEGAN: { description: 'It began (its `since` year).' },
    ENDED: { description: 'It ended (its `until` year).' },
  },
});

builder.queryFields((t) => ({
  evolution: t.field({
    type: [EvolutionStepRef],
    description: `Relationships that began or ended between two years (inclusive), in date order: how the network changed (from the facts' dates, not the write history). At most ${CAPS.evolutionChanges}.`,
    args: {
      from: t.arg.int({ required: true, description: 'First year, e.g. 2010.' }),
      to: t.arg.int({ required: true, description: 'Last year, e.g. 2020.' }),
    },
    complexity: { field: 50, multiplier: 1 },
    resolve: (_root, args, ctx) => {
      const from = yearArg('evolution.from', args.from) ?? args.from;
      const to = yearArg('evolution.to', args.to) ?? args.to;
      if (to < from)
        throw badInput('evolution.to', `must not be before "from" (${from}), got ${to}`);
      return evolution(ctx.db, from, to, CAPS.evolutionChanges);
    },
  }),
  entities: t.connection(
    {
      type: EntityRef,
      description: 'Every node of the given families (default: all), ordered by key, keyset-paged.',
      args: {
        families: t.arg({ type: [NodeFamilyEnum], description: 'Only these families.' }),
      },
      complexity: (args) => pageCost(args),
      resolve: async (_root, args, ctx) => {
        const first = intInRange('entities.first', args.first, BOUNDS.pageSize);
        const after = args.after == null ? '' : entityCursorKey('entities.after', args.after);
        const families = args.families?.length ? args.families : NODE_FAMILY_NAMES;
        const rows = await entitiesPage(ctx.db, families, after, first + 1);
        const page = rows.slice(0, first);
        const cursor = (row: { key: string }) =>
          Buffer.from(`entity:${row.key}`).toString('base64url');
        const last = page.at(-1);
        return {
          totalCount: () => entitiesCount(ctx.db, families),
          edges: page.map((row) => ({ cursor: cursor(row), node: row })),
          pageInfo: {
            hasNextPage: rows.length > first,
            hasPreviousPage: after !== '',
            startCursor: page[0] ? cursor(page[0]) : null,
            endCursor: last ? cursor(last) : null,
          },
        };
      },
    },
    {
      name: 'EntityConnection',
      description: 'A page of nodes, ordered by key.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many nodes the families hold, all pages together (one more query).',
          resolve: (connection) => connection.totalCount(),
        }),
      }),
    },
    { name: 'EntityEdge', description: 'One node of the page.' },
  ),
}));

function entityCursorKey(argument: string, cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('entity:'))
    throw badInput(argument, 'is not a cursor returned by `entities`');
  return decoded.slice('entity:'.length);
}
