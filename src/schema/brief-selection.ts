import type {
  FragmentDefinitionNode,
  GraphQLResolveInfo,
  SelectionNode,
  SelectionSetNode,
} from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { ReadBriefness } from '../model/projection.js';

// Lean rows: a query reads nodes or relationships briefly (model/projection.ts: a node's key, name,
// kind, acronym and labels; a relationship's type and end keys) when the fields selected on them
// are all in one of these sets, whose resolvers read nothing more (or load by key). The sets decide
// speed only: a brief row's type (`BriefEntity`, `BriefRelation`) has no other field, so any other
// resolver reads it through whole-rows.ts, which reads a brief row whole.

/** Node fields read from the key and type alone (no name or acronym): `nodeKeys`. */
const ENTITY_KEY_FIELDS = new Set([
  '__typename',
  'id',
  'key',
  'relations',
  'memberships',
  'members',
  'participations',
  'participants',
  'founders',
  'neighbors',
]);
/** Node (Entity) fields. */
const ENTITY_FIELDS = new Set([...ENTITY_KEY_FIELDS, 'name', 'kind', 'kinds', 'acronym']);
/** Fields of a connection's edge (a relationship seen from a node). */
const EDGE_FIELDS = new Set(['__typename', 'cursor', 'node', 'direction', 'type']);
/** `PathStep` fields. */
const PATH_STEP_FIELDS = new Set(['__typename', 'from', 'to', 'type', 'direction']);
/** `GraphNode` fields (subgraph). */
const GRAPH_NODE_FIELDS = new Set(['__typename', 'id', 'key', 'label', 'name', 'kind', 'distance']);
/** `GraphEdge` fields (subgraph). */
const GRAPH_EDGE_FIELDS = new Set([
  '__typename',
  'id',
  'source',
  'target',
  'sourceKey',
  'targetKey',
  'type',
]);

/** The names of the fields in `sets` (through fragments), each with the selections below it. */
function fieldsOf(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): Map<string, SelectionSetNode[]> {
  const byName = new Map<string, SelectionSetNode[]>();
  const visit = (selection: SelectionNode) => {
    if (selection.kind === 'Field') {
      const below = byName.get(selection.name.value) ?? [];
      if (selection.selectionSet) below.push(selection.selectionSet);
      byName.set(selection.name.value, below);
    } else if (selection.kind === 'InlineFragment') {
      for (const inner of selection.selectionSet.selections) visit(inner);
    } else {
      for (const inner of fragments[selection.name.value]?.selectionSet.selections ?? [])
        visit(inner);
    }
  };
  for (const set of sets) for (const selection of set.selections) visit(selection);
  return byName;
}

/**
 * The names of the fields selected at `path` below the field being resolved, under any type
 * condition or directive (so that a doubt reads whole).
 */
function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): string[] {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const step of path) sets = fieldsOf(sets, info.fragments).get(step) ?? [];
  return [...fieldsOf(sets, info.fragments).keys()];
}

const allIn = (names: readonly string[], brief: Set<string>) =>
  names.every((name) => brief.has(name));

/** A rule computed once per selection: sibling objects of a list share their `fieldNodes`. */
function oncePerSelection<T>(rule: (info: GraphQLResolveInfo) => T) {
  const known = new WeakMap<object, T>();
  return (info: GraphQLResolveInfo): T => {
    const cached = known.get(info.fieldNodes);
    if (cached !== undefined) return cached;
    const value = rule(info);
    known.set(info.fieldNodes, value);
    return value;
  };
}

/** For the relationship connection being resolved: its other ends (`nodes`) and relationships. */
export const connectionBriefness = oncePerSelection((info): ReadBriefness => {
  const nodes = selectedAt(info, ['edges', 'node']);
  return {
    nodes: allIn(nodes, ENTITY_FIELDS),
    relations: allIn(selectedAt(info, ['edges']), EDGE_FIELDS),
    nodeKeys: allIn(nodes, ENTITY_KEY_FIELDS),
  };
});

/** For a node field being resolved (e.g. `actor`): whether the node may be read briefly. */
export const nodeBrief = oncePerSelection((info) => allIn(selectedAt(info, []), ENTITY_FIELDS));

/** For the `timeline` being resolved: whether the other ends of its relationships may be brief. */
export const timelineOthersBrief = oncePerSelection((info) =>
  allIn(selectedAt(info, ['other']), ENTITY_FIELDS),
);

/** For the `timeline` being resolved: whether its other ends' `timelineTruncated` is selected. */
export const timelineOthersCounted = oncePerSelection((info) =>
  selectedAt(info, ['other']).includes('timelineTruncated'),
);

/** For a connection of nodes being resolved (e.g. `actors`): whether its nodes may be brief. */
export const connectionNodesBrief = oncePerSelection((info) =>
  allIn(selectedAt(info, ['edges', 'node']), ENTITY_FIELDS),
);

/** For the `subgraph` being resolved: whether its nodes, and its relationships, may be brief. */
export const graphBriefness = oncePerSelection(
  (info): ReadBriefness => ({
    nodes: allIn(selectedAt(info, ['nodes']), GRAPH_NODE_FIELDS),
    relations: allIn(selectedAt(info, ['edges']), GRAPH_EDGE_FIELDS),
  }),
);

/** For the path being resolved (`shortestPath`): its nodes are selected in three places. */
export const pathBriefness = oncePerSelection(
  (info): ReadBriefness => ({
    nodes: allIn(
      [
        ...selectedAt(info, ['nodes']),
        ...selectedAt(info, ['steps', 'from']),
        ...selectedAt(info, ['steps', 'to']),
      ],
      ENTITY_FIELDS,
    ),
    relations: allIn(selectedAt(info, ['steps']), PATH_STEP_FIELDS),
  }),
);

/** The fields selected under `trees` (any type condition), one level down. */
export function childrenOf(trees: ResolveTree[]): ResolveTree[] {
  return trees.flatMap((tree) =>
    Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)),
  );
}

/** `connectionBriefness` on a lookahead's tree of the connection field (graphql-parse-resolve-info). */
export function connectionTreeBriefness(connection: ResolveTree): ReadBriefness {
  const edges = childrenOf(childrenOf([connection]).filter((field) => field.name === 'edges'));
  const nodes = childrenOf(edges.filter((field) => field.name === 'node'));
  const names = (fields: ResolveTree[]) => fields.map((field) => field.name);
  return {
    nodes: allIn(names(nodes), ENTITY_FIELDS),
    relations: allIn(names(edges), EDGE_FIELDS),
    nodeKeys: allIn(names(nodes), ENTITY_KEY_FIELDS),
  };
}
