// `metrics`: centralities and communities of a neighbourhood or of the whole graph.

import { intInRange, keyList, yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { badInput } from '../domain-error.js';
import { readBoundedGraph } from '../export/bounded-reach.js';
import { tooLarge } from '../export/graph-query.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import {
  computeMetrics,
  type GraphMetrics,
  type METRICS_ORDERS,
  type NodeMetrics,
  topNodes,
} from '../graph/research-metrics.js';
import { BOUNDS, CAPS, rangeText } from '../limits.js';
import { EntityRef } from './entity-ref.js';

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

const MetricsOrderEnum = builder.enumType('MetricsOrder', {
  description: 'The measure `metrics` lists its nodes by.',
  values: {
    PAGERANK: { description: 'Highest PageRank first.' },
    DEGREE: { description: 'Most relationships first.' },
    BETWEENNESS: { description: 'Highest betweenness first.' },
    COMMUNITY: { description: 'By community number, each community’s highest PageRank first.' },
  } satisfies Record<(typeof METRICS_ORDERS)[number], { description: string }>,
});

const GraphMetricsRef = builder.objectRef<GraphMetrics>('GraphMetrics').implement({
  description: 'Centralities and communities of the whole graph or of a neighbourhood.',
  fields: (t) => ({
    nodes: t.field({
      type: [NodeMetricsRef],
      description:
        'The nodes with their measures, in the order `orderBy` asks (highest PageRank first by default), the first `top` of them.',
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
      top: t.arg.int({
        defaultValue: BOUNDS.metricsTop.default,
        description: `How many nodes to list, in \`orderBy\` order (${rangeText(BOUNDS.metricsTop)}); the measures are computed on the whole neighbourhood.`,
      }),
      orderBy: t.arg({
        type: MetricsOrderEnum,
        defaultValue: 'PAGERANK',
        description: 'The measure to list the nodes by (default PAGERANK).',
      }),
    },
    complexity: { field: 200, multiplier: 1 },
    resolve: async (_root, args, ctx) => {
      const keys = args.keys?.length ? keyList('metrics.keys', args.keys) : null;
      const top = intInRange('metrics.top', args.top, BOUNDS.metricsTop);
      const options = {
        keys,
        depth: intInRange('metrics.depth', args.depth, BOUNDS.subgraphDepth),
        types: null,
        activeAt: yearArg('metrics.activeAt', args.activeAt),
      };
      const read = await readBoundedGraph(ctx.db, options, {
        nodes: CAPS.metricsNodes,
        edges: CAPS.exportElements,
      });
      if ('missingKeys' in read) {
        throw await unknownKeysWithSuggestions(ctx.db, 'metrics.keys', read.missingKeys);
      }
      if ('over' in read && read.over === 'nodes') {
        throw badInput('metrics', `the graph has more than ${CAPS.metricsNodes} nodes: narrow it`);
      }
      if ('over' in read) throw tooLarge();
      return topNodes(computeMetrics(read.graph), args.orderBy ?? 'PAGERANK', top);
    },
  }),
}));
