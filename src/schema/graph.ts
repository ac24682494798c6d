import { encodeGlobalID } from '@pothos/plugin-relay';
import { intInRange, keyList, yearArg } from '../arguments.js';
import { builder } from '../builder.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { type PathStep, shortestPath } from '../graph/paths.js';
import { type SubgraphResult, subgraph } from '../graph/subgraph.js';
import { BOUNDS, rangeText } from '../limits.js';
import { ACTIVE_AT_DESCRIPTION, NODE_ACTIVE_AT_TEXT } from '../model/active-at.js';
import { type EntityRow, type RelationRow, relationId } from '../model/types.js';
import { graphBriefness, pathBriefness } from './brief-selection.js';
import { EntityRef } from './entity-ref.js';
import { EntityKindEnum, RelationTypeEnum, StepDirectionEnum } from './enums.js';
import { RelationRef } from './relation.js';
import { wholeEntityOf, wholeRelationOf } from './whole-rows.js';

/** The global ID of a node, as `node(id:)` takes it. */
function globalId(row: EntityRow): string {
  return encodeGlobalID(row.family, row.key);
}

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One step of a path: from one node to the next along a relationship.',
  fields: (t) => ({
    from: t.field({
      type: EntityRef,
      description: 'The node this step leaves.',
      resolve: (s) => s.from,
    }),
    to: t.field({
      type: EntityRef,
      description: 'The node this step reaches.',
      resolve: (s) => s.to,
    }),
    type: t.field({
      type: RelationTypeEnum,
      description: 'The relationship type.',
      resolve: (s) => s.relation.type,
    }),
    direction: t.field({
      type: StepDirectionEnum,
      description: 'FORWARD when the relationship points from `from` to `to`, BACKWARD otherwise.',
      resolve: (s) => s.direction,
    }),
    relation: t.field({
      type: RelationRef,
      description: 'The relationship with its dates, role, dispute flag and sources.',
      resolve: (s) => s.relation,
    }),
  }),
});

const PathRef = builder.objectRef<{ nodes: EntityRow[]; steps: PathStep[] }>('Path').implement({
  description: 'A chain of relationships joining two nodes, followed in any direction.',
  fields: (t) => ({
    length: t.int({ description: 'Number of steps.', resolve: (p) => p.steps.length }),
    nodes: t.field({
      type: [EntityRef],
      description: 'The nodes in order, both ends included.',
      resolve: (p) => p.nodes,
    }),
    steps: t.field({
      type: [PathStepRef],
      description: 'The steps in order.',
      resolve: (p) => p.steps,
    }),
  }),
});

interface GraphNodeShape {
  entity: EntityRow;
  distance: number;
}

const GraphNodeRef = builder.objectRef<GraphNodeShape>('GraphNode').implement({
  description:
    'A node ready to draw (Cytoscape, sigma.js): `id` is what edges’ `source` and `target` name.',
  fields: (t) => ({
    id: t.id({
      description: 'Global ID of the node (also accepted by `node(id:)`).',
      resolve: (n) => globalId(n.entity),
    }),
    key: t.string({ description: 'Key of the node.', resolve: (n) => n.entity.key }),
    label: t.string({
      description: 'Text to show: the acronym when there is one, else the name.',
      resolve: (n) => n.entity.acronym ?? n.entity.name,
    }),
    name: t.string({ description: 'Full name.', resolve: (n) => n.entity.name }),
    kind: t.field({
      type: EntityKindEnum,
      nullable: true,
      description: 'Kind of node; null for an actor added without a kind.',
      resolve: (n) => n.entity.kind,
    }),
    distance: t.exposeInt('distance', {
      description: 'Steps from the nearest starting key (0 for the keys asked for).',
    }),
    disputed: t.boolean({
      description: 'True when the node itself is disputed.',
      resolve: wholeEntityOf((n: GraphNodeShape) => n.entity)((entity) => entity.disputed),
    }),
    entity: t.field({
      type: EntityRef,
      description: 'The node with all its fields.',
      resolve: (n) => n.entity,
    }),
  }),
});

interface GraphEdgeShape {
  relation: RelationRow;
  ids: Map<string, string>;
}

/** Fields of the edge's relationship beyond its type and ends. */
const edgeWhole = wholeRelationOf((e: GraphEdgeShape) => e.relation);

const GraphEdgeRef = builder.objectRef<GraphEdgeShape>('GraphEdge').implement({
  description: 'A relationship ready to draw, flat: `source` and `target` are node `id`s.',
  fields: (t) => ({
    id: t.id({
      description: 'Stable identity: "fromKey|TYPE|toKey".',
      resolve: (e) => relationId(e.relation),
    }),
    source: t.id({
      description: 'The `id` of the node it starts from.',
      resolve: (e) => e.ids.get(e.relation.from) ?? e.relation.from,
    }),
    target: t.id({
      description: 'The `id` of the node it points to.',
      resolve: (e) => e.ids.get(e.relation.to) ?? e.relation.to,
    }),
    sourceKey: t.string({
      description: 'Key of the node it starts from.',
      resolve: (e) => e.relation.from,
    }),
    targetKey: t.string({
      description: 'Key of the node it points to.',
      resolve: (e) => e.relation.to,
    }),
    type: t.field({
      type: RelationTypeEnum,
      description: 'The relationship type.',
      resolve: (e) => e.relation.type,
    }),
    since: t.string({
      nullable: true,
      description: 'When it began, as text ("2015-01").',
      resolve: edgeWhole((relation) => relation.since?.value),
    }),
    until: t.string({
      nullable: true,
      description: 'When it ended, as text.',
      resolve: edgeWhole((relation) => relation.until?.value),
    }),
    role: t.string({
      nullable: true,
      description: 'The role held.',
      resolve: edgeWhole((relation) => relation.role),
    }),
    disputed: t.boolean({
      description: 'True when sources disagree about it.',
      resolve: edgeWhole((relation) => relation.disputed),
    }),
    relation: t.field({
      type: RelationRef,
      description: 'The relationship with all its fields.',
      resolve: (e) => e.relation,
    }),
  }),
});

const GraphRef = builder.objectRef<SubgraphResult>('Graph').implement({
  description: 'Nodes and edges in the shape graph-drawing libraries take directly.',
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'The nodes, nearest first.',
      resolve: (g) => g.nodes,
    }),
    edges: t.field({
      type: [GraphEdgeRef],
      description: 'The relationships among the nodes.',
      resolve: (g) => {
        const ids = new Map(g.nodes.map((n) => [n.entity.key, globalId(n.entity)]));
        return g.relations.map((relation) => ({ relation, ids }));
      },
    }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when `limit` cut the answer: more nodes or edges lie within `depth`.',
    }),
  }),
});

builder.queryFields((t) => ({
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description:
      'A shortest chain of relationships between two nodes, in any direction; null when none exists ' +
      'within `maxHops`. An unknown key is an error that names it.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the start node, e.g. "mes".' }),
      to: t.arg.string({ required: true, description: 'Key of the end node, e.g. "ripess".' }),
      maxHops: t.arg.int({
        defaultValue: BOUNDS.pathHops.default,
        description: `Longest path to look for (${rangeText(BOUNDS.pathHops)}).`,
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Follow only these relationship types.',
      }),
    },
    complexity: { field: 20, multiplier: BOUNDS.pathHops.max },
    resolve: async (_root, args, ctx, info) => {
      const maxHops = intInRange('shortestPath.maxHops', args.maxHops, BOUNDS.pathHops);
      const types = args.relationTypes?.length ? args.relationTypes : null;
      const brief = pathBriefness(info);
      const result = await shortestPath(ctx.db, args.from, args.to, maxHops, types, brief);
      if (result.missingKeys.length > 0) {
        throw await unknownKeysWithSuggestions(
          ctx.db,
          result.missingKeys.includes(args.from) ? 'shortestPath.from' : 'shortestPath.to',
          result.missingKeys,
        );
      }
      return result.path;
    },
  }),
  subgraph: t.field({
    type: GraphRef,
    description: 'The neighbourhood of some nodes: everything within `depth` steps, ready to draw.',
    args: {
      keys: t.arg.stringList({
        required: true,
        description: `Keys to start from (1 to ${BOUNDS.keys.max}).`,
      }),
      depth: t.arg.int({
        defaultValue: BOUNDS.subgraphDepth.default,
        description: `Steps out from the keys (${rangeText(BOUNDS.subgraphDepth)}).`,
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        description: 'Follow only these relationship types.',
      }),
      limit: t.arg.int({
        defaultValue: BOUNDS.subgraphSize.default,
        description: `Most nodes, and most edges, to return (${rangeText(BOUNDS.subgraphSize)}); \`truncated\` tells when it cut.`,
      }),
      activeAt: t.arg.int({ description: `${ACTIVE_AT_DESCRIPTION} ${NODE_ACTIVE_AT_TEXT}` }),
    },
    // What is selected on each node and edge is paid once per node the limit allows.
    complexity: (args) => ({
      field: 20 * (Math.min(args.depth ?? 1, BOUNDS.subgraphDepth.max) + 1),
      multiplier: Math.max(
        1,
        Math.min(args.limit ?? BOUNDS.subgraphSize.default, BOUNDS.subgraphSize.max),
      ),
    }),
    resolve: async (_root, args, ctx, info) => {
      const keys = keyList('subgraph.keys', args.keys);
      const depth = intInRange('subgraph.depth', args.depth, BOUNDS.subgraphDepth);
      const limit = intInRange('subgraph.limit', args.limit, BOUNDS.subgraphSize);
      const types = args.relationTypes?.length ? args.relationTypes : null;
      const activeAt = yearArg('subgraph.activeAt', args.activeAt);
      const brief = graphBriefness(info);
      const result = await subgraph(ctx.db, keys, depth, types, limit, brief, activeAt);
      if (result.missingKeys.length > 0) {
        throw await unknownKeysWithSuggestions(ctx.db, 'subgraph.keys', result.missingKeys);
      }
      return result;
    },
  }),
}));
