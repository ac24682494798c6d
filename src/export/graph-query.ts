import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { namedStatement } from '../db/query.js';
import { RELATION_ACTIVE_AT } from '../model/active-at.js';
import { EXPORT_MAX_ELEMENTS, type ExportOptions } from './options.js';

/** A node as exports write it: flat, scalar attributes only. */
export interface ExportNode {
  key: string;
  family: string;
  name: string;
  acronym: string | null;
  kind: string | null;
  scope: string | null;
  country: string | null;
  foundingYear: number | null;
  disputed: boolean;
  sources: string[];
  /** Steps from the nearest starting key; null in a whole-graph export. */
  distance: number | null;
}

/** A relationship as exports write it; `id` is "from|TYPE|to". */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string | null;
  until: string | null;
  role: string | null;
  disputed: boolean;
  sources: string[];
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
  missingKeys: string[];
}

const FAMILIES = ['Actor', 'Event', 'Law', 'PolicyDocument'];

// A node exists in year Y when it was founded (or took place) by then.
const NODE_ACTIVE = (n: string) =>
  `($activeAt IS NULL OR coalesce(${n}.startYear, $activeAt) <= $activeAt)`;

const RELATION_OK = `($types IS NULL OR type(r) IN $types) AND ${RELATION_ACTIVE_AT}`;

// Quantifiers cannot be parameters: one query text per depth, from the closed range 0..3.
const reachQueryText = (depth: number) => `
UNWIND $keys AS key
MATCH (s:Entity {key: key})
MATCH (s) ((a:Entity)-[r]-(b:Entity) WHERE ${RELATION_OK} AND ${NODE_ACTIVE('b')}){0,${depth}} (n:Entity)
WHERE ${NODE_ACTIVE('s')}
RETURN n.key AS key, min(size(r)) AS distance
LIMIT $max + 1`;

// A quantifier cannot be {0,0}: depth 0 is the starting nodes themselves.
const START_NODES = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE ${NODE_ACTIVE('n')}
RETURN n.key AS key, 0 AS distance
LIMIT $max + 1`;

const REACH_QUERIES = [0, 1, 2, 3].map((depth) =>
  namedStatement(`exportReach${depth}`, depth === 0 ? START_NODES : reachQueryText(depth)),
);

const WHOLE_GRAPH_KEYS = namedStatement(
  'exportWholeGraphKeys',
  `
MATCH (n:Entity) WHERE ${NODE_ACTIVE('n')}
RETURN n.key AS key, null AS distance
LIMIT $max + 1`,
);

const MISSING_KEYS = namedStatement(
  'exportMissingKeys',
  `
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
WITH key, n WHERE n IS NULL
RETURN collect(key) AS missing`,
);

// Both ends inside the exported set; ordered so that two exports of the same data are identical.
const NODES_AND_EDGES = namedStatement(
  'exportNodesAndEdges',
  `
CALL () {
  UNWIND $keys AS key
  MATCH (n:Entity {key: key})
  RETURN collect(n {.key, .name, .acronym, .kind, .scope, .country, .startYear, .disputed, .sources,
    labels: labels(n)}) AS nodes
}
CALL () {
  UNWIND $keys AS key
  MATCH (a:Entity {key: key})-[r]->(b:Entity)
  WHERE b.key IN $keys AND ${RELATION_OK}
  WITH a, r, b ORDER BY a.key, type(r), b.key LIMIT $max + 1
  RETURN collect({from: a.key, type: type(r), to: b.key, since: r.since, until: r.until,
    role: r.role, disputed: r.disputed, sources: r.sources}) AS edges
}
RETURN nodes, edges`,
);

type Map_ = { [key: string]: Plain };

function asMap(value: Plain | undefined): Map_ {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function text(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}
function texts(value: Plain | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
function list(value: Plain | undefined): Plain[] {
  return Array.isArray(value) ? value : [];
}

function toNode(value: Plain, distance: Map<string, number | null>): ExportNode {
  const n = asMap(value);
  const labels = texts(n.labels);
  const key = text(n.key) ?? '';
  return {
    key,
    family: FAMILIES.find((family) => labels.includes(family)) ?? 'Actor',
    name: text(n.name) ?? key,
    acronym: text(n.acronym),
    kind: text(n.kind),
    scope: text(n.scope),
    country: text(n.country),
    foundingYear: typeof n.startYear === 'number' ? n.startYear : null,
    disputed: n.disputed === true,
    sources: texts(n.sources),
    distance: distance.get(key) ?? null,
  };
}

function toEdge(value: Plain): ExportEdge {
  const e = asMap(value);
  const source = text(e.from) ?? '';
  const target = text(e.to) ?? '';
  const type = text(e.type) ?? '';
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    since: text(e.since),
    until: text(e.until),
    role: text(e.role),
    disputed: e.disputed === true,
    sources: texts(e.sources),
  };
}

function tooLarge(): GraphQLError {
  return new GraphQLError(
    `The export would hold more than ${EXPORT_MAX_ELEMENTS} nodes or edges: narrow it with keys, depth, types or activeAt`,
    { extensions: { code: 'EXPORT_TOO_LARGE', limit: EXPORT_MAX_ELEMENTS } },
  );
}

/** Reads the nodes and edges an export holds: a neighbourhood of `keys`, or the whole graph. */
export async function readExportGraph(db: Database, options: ExportOptions): Promise<ExportGraph> {
  const filters = { types: options.types, activeAt: options.activeAt, max: EXPORT_MAX_ELEMENTS };
  let reached: Plain[] = [];
  if (options.keys) {
    const [missing] = await db.read(MISSING_KEYS, { keys: options.keys });
    const missingKeys = texts(missing?.missing);
    if (missingKeys.length > 0) return { nodes: [], edges: [], missingKeys };
    const reach = REACH_QUERIES[options.depth];
    if (!reach) throw new RangeError(`depth ${options.depth} is outside 0..3`);
    reached = await db.read(reach, { ...filters, keys: options.keys });
  } else {
    reached = await db.read(WHOLE_GRAPH_KEYS, filters);
  }
  const distance = new Map<string, number | null>();
  for (const row of reached.map(asMap)) {
    const key = text(row.key);
    if (key) distance.set(key, typeof row.distance === 'number' ? row.distance : null);
  }
  const [row] = await db.read(NODES_AND_EDGES, { ...filters, keys: [...distance.keys()] });
  if (distance.size > EXPORT_MAX_ELEMENTS || list(row?.edges).length > EXPORT_MAX_ELEMENTS) {
    throw tooLarge();
  }
  const nodes = list(row?.nodes)
    .map((n) => toNode(n, distance))
    .sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0) || a.key.localeCompare(b.key));
  return { nodes, edges: list(row?.edges).map(toEdge), missingKeys: [] };
}
