import type { GraphQLResolveInfo } from 'graphql';
import { intInRange } from '../arguments.js';
import { builder, type SchemaTypes } from '../builder.js';
import type { Context } from '../context.js';
import { badInput } from '../domain-error.js';
import {
  decodeRelationCursor,
  encodeRelationCursor,
  type RelationCursor,
} from '../graph/relation-cursor.js';
import type { RelationEdge, RelationFilter, RelationSpec } from '../graph/relations.js';
import { BOUNDS } from '../limits.js';
import type { ReadBriefness } from '../model/projection.js';
import {
  type EntityRow,
  originOf,
  type RelationRow,
  relationId,
  versionOf,
} from '../model/types.js';
import { connectionBriefness } from './brief-selection.js';
import { formatCitation, loadSources, PartialDateRef } from './common-types.js';
import { EntityRef } from './entity-ref.js';
import { DirectionEnum, RelationTypeEnum } from './enums.js';
import { LazyPageInfo } from './keyset-page.js';
import { SourceRef } from './source.js';
import { wholeRelationOf } from './whole-rows.js';

type ObjectFields<Parent> = PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>;

/** The properties every relationship carries, for any object that holds one (`get` finds it). */
function relationPropertyFields<Parent>(
  t: ObjectFields<Parent>,
  get: (parent: Parent) => RelationRow,
) {
  // Every field but `type` reads the whole relationship (a brief one is read whole by its id).
  const whole = wholeRelationOf(get);
  return {
    type: t.field({
      type: RelationTypeEnum,
      description: 'The relationship type.',
      resolve: (parent) => get(parent).type,
    }),
    since: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it began, as precisely as known.',
      resolve: whole((relation) => relation.since),
    }),
    until: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When it ended, if it did.',
      resolve: whole((relation) => relation.until),
    }),
    role: t.string({
      nullable: true,
      description:
        'The role held, e.g. "board member (2015)"; a founding membership is `founding`.',
      resolve: whole((relation) => relation.role),
    }),
    founding: t.boolean({
      description:
        'True for a founding membership (MEMBER_OF only): the subject was a member from the object’s founding.',
      resolve: whole((relation) => relation.founding),
    }),
    attested: t.intList({
      description: 'Years in which a source lists this relationship: sightings, not a start date.',
      resolve: whole((relation) => relation.attested),
    }),
    disputed: t.boolean({
      description: 'True when sources disagree about this fact; `note` says who says what.',
      resolve: whole((relation) => relation.disputed),
    }),
    note: t.string({
      nullable: true,
      description: 'Context or disagreement, in the project’s own words.',
      resolve: whole((relation) => relation.note),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources that support this relationship.',
      resolve: whole((relation, ctx) => loadSources(ctx, relation.sources)),
    }),
    citation: t.string({
      description:
        'Its sources formatted for a bibliography: title, publisher, URL, date accessed and archive link where known.',
      resolve: whole(async (relation, ctx) =>
        (await loadSources(ctx, relation.sources)).map(formatCitation).join('; '),
      ),
    }),
    version: t.int({
      description: 'Its write version: state it when you update or retract it (`expectedVersion`).',
      resolve: whole((relation) => versionOf(relation)),
    }),
    origin: t.string({
      description: 'Where it came from: "curated" (data/), "api" or "import".',
      resolve: whole((relation) => originOf(relation)),
    }),
    lastChangedBy: t.string({
      nullable: true,
      description:
        'Who last changed it through the API; null for a fact only the curated files wrote.',
      resolve: whole((relation) => relation.record?.updatedBy),
    }),
  };
}

export const RelationRef = builder.objectRef<RelationRow>('Relation').implement({
  description: 'A relationship between two nodes, with its dates, role and sources.',
  fields: (t) => ({
    id: t.string({
      description: 'Stable identity: "fromKey|TYPE|toKey".',
      resolve: (relation) => relationId(relation),
    }),
    fromKey: t.exposeString('from', {
      description: 'Key of the node the relationship starts from.',
    }),
    toKey: t.exposeString('to', { description: 'Key of the node it points to.' }),
    ...relationPropertyFields(t, (relation) => relation),
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
        resolve: (connection) => connection.totalCount(),
      }),
    }),
  },
  {
    name: 'RelationEdge',
    description: 'One relationship, seen from the node whose field lists it.',
    fields: (t) => ({
      ...relationPropertyFields(t, (edge) => edgeOf(edge).relation),
      direction: t.field({
        type: DirectionEnum,
        description: 'OUTGOING when it points from the listing node to `node`; INCOMING otherwise.',
        resolve: (e) => edgeOf(e).direction,
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
}

export type { RelationFilter } from '../graph/relations.js';

/** The position a page resumes after; only cursors of this field's types are accepted. */
export function cursorAfter(
  field: string,
  filter: Pick<RelationFilter, 'types'>,
  after: string | null | undefined,
): RelationCursor | null {
  if (after == null) return null;
  const cursor = decodeRelationCursor(after);
  if (cursor && (filter.types === null || filter.types.includes(cursor.type))) return cursor;
  throw badInput(`${field}.after`, 'is not a cursor returned by this field');
}

/** The page a connection's arguments ask for: one extra row tells whether another page follows. */
export function relationPageSpec(
  field: string,
  filter: RelationFilter,
  args: ConnectionArgs,
  brief: ReadBriefness,
): RelationSpec {
  const first = intInRange(`${field}.first`, args.first, BOUNDS.pageSize);
  return {
    ...filter,
    after: cursorAfter(field, filter, args.after),
    limit: first + 1,
    brief,
  };
}

function cursorOf(edge: RelationEdge): string {
  const { relation, other } = edge;
  return encodeRelationCursor({ type: relation.type, otherKey: other.key, fromKey: relation.from });
}

// Cursors are encoded only when selected (prototype getters): nested pages hand out many cursors
// that few queries ask for.

/** An edge of a relationship connection page. */
class RelationEdgeObject implements RelationEdgeShape {
  readonly node: EntityRow;
  constructor(readonly edge: RelationEdge) {
    this.node = edge.other;
  }
  get cursor(): string {
    return cursorOf(this.edge);
  }
}

/** Pages a node's relationships; all parents of a nesting level share one batched query. */
export async function resolveRelations(
  parent: EntityRow,
  filter: RelationFilter,
  args: ConnectionArgs,
  ctx: Context,
  field: string,
  info: GraphQLResolveInfo,
) {
  const spec = relationPageSpec(field, filter, args, connectionBriefness(info));
  const first = spec.limit - 1;
  const page = await ctx.loaders.relations(spec).load(parent.key);
  const edges = page.slice(0, first);
  const firstEdge = edges[0];
  const lastEdge = edges.at(-1);
  return {
    totalCount: () => ctx.loaders.relationCounts(filter).load(parent.key),
    pageInfo: new LazyPageInfo(
      page.length > first,
      spec.after !== null,
      firstEdge,
      lastEdge,
      cursorOf,
    ),
    edges: edges.map((edge) => new RelationEdgeObject(edge)),
  };
}
