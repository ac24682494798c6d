import { resolveArrayConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { RelationEdge, RelationSpec } from '../graph/relations.js';
import type { EntityRow, RelationRow } from '../graph/rows.js';
import { loadSources, PartialDateRef } from './common-types.js';
import { EntityRef } from './entity-ref.js';
import { DirectionEnum, RelationTypeEnum } from './enums.js';
import { intInRange, LIMITS } from './limits.js';
import { SourceRef } from './source.js';

export const RelationRef = builder.objectRef<RelationRow>('Relation').implement({
  description: 'A relationship between two nodes, with its dates, role and sources.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Stable identity: "fromKey|TYPE|toKey".' }),
    type: t.field({
      type: RelationTypeEnum,
      description: 'The relationship type.',
      resolve: (r) => r.type,
    }),
    fromKey: t.exposeString('from', {
      description: 'Key of the node the relationship starts from.',
    }),
    toKey: t.exposeString('to', { description: 'Key of the node it points to.' }),
    since: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it began, as precisely as known.',
      resolve: (r) => r.since,
    }),
    until: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it ended, if it did.',
      resolve: (r) => r.until,
    }),
    role: t.string({
      nullable: true,
      description: 'The role held, e.g. "founding member; board member (2015)".',
      resolve: (r) => r.role,
    }),
    attested: t.intList({
      description: 'Years in which a source lists this relationship: sightings, not a start date.',
      resolve: (r) => r.attested,
    }),
    disputed: t.exposeBoolean('disputed', {
      description: 'True when sources disagree about this fact; `note` says who says what.',
    }),
    note: t.string({
      nullable: true,
      description: 'Context or disagreement, in the project’s own words.',
      resolve: (r) => r.note,
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that support this relationship.',
      resolve: (r, _args, ctx) => loadSources(ctx, r.sources),
    }),
  }),
});

/** An edge of a relationship connection: the node at the other end and the relationship. */
interface RelationEdgeShape {
  cursor: string;
  node: EntityRow;
  edge: RelationEdge;
}

function edgeOf(value: unknown): RelationEdge {
  return (value as RelationEdgeShape).edge;
}

export const RelationConnectionRef = builder.connectionObject(
  {
    type: EntityRef,
    name: 'RelationConnection',
    description:
      'Relationships of a node: each edge is one relationship, its `node` the node at the other end.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many relationships match, all pages together.',
        resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  {
    name: 'RelationEdge',
    description: 'One relationship, seen from the node whose field lists it.',
    fields: (t) => ({
      type: t.field({
        type: RelationTypeEnum,
        description: 'The relationship type.',
        resolve: (e) => edgeOf(e).relation.type,
      }),
      direction: t.field({
        type: DirectionEnum,
        description: 'OUTGOING when it points from the listing node to `node`; INCOMING otherwise.',
        resolve: (e) => edgeOf(e).direction,
      }),
      since: t.field({
        type: PartialDateRef,
        nullable: true,
        description: 'When it began, as precisely as known.',
        resolve: (e) => edgeOf(e).relation.since,
      }),
      until: t.field({
        type: PartialDateRef,
        nullable: true,
        description: 'When it ended, if it did.',
        resolve: (e) => edgeOf(e).relation.until,
      }),
      role: t.string({
        nullable: true,
        description: 'The role held.',
        resolve: (e) => edgeOf(e).relation.role,
      }),
      attested: t.intList({
        description: 'Years in which a source lists this relationship.',
        resolve: (e) => edgeOf(e).relation.attested,
      }),
      disputed: t.boolean({
        description: 'True when sources disagree about this fact.',
        resolve: (e) => edgeOf(e).relation.disputed,
      }),
      note: t.string({
        nullable: true,
        description: 'Context or disagreement, in the project’s own words.',
        resolve: (e) => edgeOf(e).relation.note,
      }),
      sources: t.field({
        type: [SourceRef],
        description: 'The sources that support this relationship.',
        resolve: (e, _args, ctx) => loadSources(ctx, edgeOf(e).relation.sources),
      }),
      relation: t.field({
        type: RelationRef,
        description: 'The relationship itself, with the keys of both ends.',
        resolve: (e) => edgeOf(e).relation,
      }),
    }),
  },
);

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Pages a node's relationships, loaded for all parents of the level in one batched query. */
export async function resolveRelations(
  parent: EntityRow,
  spec: RelationSpec,
  args: ConnectionArgs,
  ctx: Context,
  field: string,
) {
  intInRange(`${field}.first`, args.first, 0, LIMITS.first, 20);
  intInRange(`${field}.last`, args.last, 0, LIMITS.first, 20);
  const edges = await ctx.loaders.relations(spec).load(parent.key);
  const connection = resolveArrayConnection(
    { args, defaultSize: 20, maxSize: LIMITS.first },
    edges,
  );
  return {
    pageInfo: connection.pageInfo,
    totalCount: edges.length,
    edges: connection.edges.map((item) =>
      item ? { cursor: item.cursor, node: item.node.other, edge: item.node } : item,
    ),
  };
}
