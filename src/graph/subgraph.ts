import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { bool, list, map, namedQuery, num, type Row, text } from '../db/query.js';
import { nodeActiveAt, RELATION_ACTIVE_AT } from '../model/active-at.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntityRows,
  decodeRelationRow,
  entityProjection,
  type ReadBriefness,
  relationProjection,
  WHOLE_READS,
} from '../model/projection.js';
import type { EntityRow, RelationRow } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';
import { expansionCypher, firstNeighboursOfHubs, seedTypesOf, unreadHubsCypher } from './expand.js';
import { seedNeighbours } from './seed-neighbours.js';

export interface SubgraphResult {
  missingKeys: string[];
  nodes: { entity: EntityRow; distance: number }[];
  relations: RelationRow[];
  truncated: boolean;
}

// One statement: the unknown keys (nothing else is read when there are any), the bounded
// expansion, then the relationships among the reached nodes. A single small seed's first
// neighbours are walked in it; several seeds' (`seedNeighbours`) are read beforehand, and a hub
// found unread is returned in `hubs` (nothing else is read), its first neighbours read from the
// per-type indexes and the statement run again. They are ordered here rather than in Neo4j: a
// sort there buffers whole rows, the lists of reached nodes included, and runs out of memory. In
// a year (`subgraphInYear`), seeds, steps and relationships follow the activeAt rule of exports.
function subgraphCypher(inYear: boolean): string {
  const seedRule = inYear ? ` WHERE ${nodeActiveAt('n')}` : '';
  const relationRule = inYear ? ` AND ${RELATION_ACTIVE_AT}` : '';
  return `
${missingKeysCall('Entity')}
CALL (missing) {
  UNWIND CASE WHEN size(missing) = 0 THEN range(0, size($keys) - 1) ELSE [] END AS i
  MATCH (n:Entity {key: $keys[i]})${seedRule}
  WITH n ORDER BY i
  RETURN collect(n) AS found
}
WITH missing, found, ${unreadHubsCypher('found')} AS hubs
WITH missing, hubs, CASE WHEN size(hubs) = 0 THEN found ELSE [] END AS seeds
WITH missing, hubs, seeds[0..$limit] AS front0, seeds[0..$limit] AS seen0, size(seeds) > $limit AS cut0
${expansionCypher(inYear, true)}
WITH missing, hubs, levels, cut, reduce(all = [], level IN levels | all + level) AS reached
CALL (levels, reached) {
  UNWIND range(0, size(levels) - 1) AS da
  UNWIND levels[da] AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN reached AND ($types IS NULL OR type(r) IN $types)${relationRule}
  WITH r, da, [d IN range(0, da) WHERE b IN levels[d]][0] AS db
  LIMIT $cap
  RETURN collect({near: CASE WHEN db IS NULL THEN da ELSE db END, rel: ${relationProjection('r', '$briefRelations')}}) AS rels
}
RETURN missing, hubs, [level IN levels | [n IN level | ${entityProjection('n', '$briefNodes')}]] AS levels, rels, cut`;
}

const decodeSubgraph = (row: Row) => ({
  missingKeys: list(text)(row.missing),
  hubs: list(text)(row.hubs),
  levels: list(decodeEntityRows)(row.levels),
  relations: list(decodeNearRelation)(row.rels),
  cut: bool(row.cut),
});

const SUBGRAPH = namedQuery('subgraph', subgraphCypher(false), decodeSubgraph);
const SUBGRAPH_IN_YEAR = namedQuery('subgraphInYear', subgraphCypher(true), decodeSubgraph);

function decodeNearRelation(value: Plain) {
  const item = map(value);
  return { near: num(item.near), relation: decodeRelationRow(item.rel) };
}

const ascending = (p: string | number, q: string | number): number => (p < q ? -1 : 1);

/** Nearest the starting keys first, so that a cut keeps the centre of the drawing connected. */
function byNearness(a: NearRelation, b: NearRelation): number {
  // Field by field without building arrays: the sort compares each relationship about ten times.
  if (a.near !== b.near) return ascending(a.near, b.near);
  const [x, y] = [a.relation, b.relation];
  if (x.from !== y.from) return ascending(x.from, y.from);
  if (x.type !== y.type) return ascending(x.type, y.type);
  if (x.to !== y.to) return ascending(x.to, y.to);
  return 0;
}

type NearRelation = { near: number; relation: RelationRow };

/** Relationships read at most, as a multiple of `limit`, before they are ordered and cut. */
const RELATION_READ_FACTOR = 10;

/**
 * The neighbourhood of `keys` within `depth` steps, at most `limit` nodes and `limit` relations;
 * with `activeAt`, only what held in that year.
 */
export async function subgraph(
  db: Database,
  keys: string[],
  depth: number,
  types: RelationType[] | null,
  limit: number,
  brief: ReadBriefness = WHOLE_READS,
  activeAt: number | null = null,
): Promise<SubgraphResult> {
  const cap = limit * RELATION_READ_FACTOR;
  const seeds = keys.slice(0, limit);
  // A single seed is walked in the statement unless it is a hub; several share one budget.
  const near =
    seeds.length > 1 ? await seedNeighbours(db, seeds, depth, types, limit, activeAt) : {};
  const read = (firstSteps: Record<string, string[]>) =>
    db.read(activeAt === null ? SUBGRAPH : SUBGRAPH_IN_YEAR, {
      keys,
      depth,
      types,
      seedTypes: seedTypesOf(types),
      activeAt,
      limit,
      near: firstSteps,
      cap,
      briefNodes: brief.nodes,
      briefRelations: brief.relations,
    });
  let [row] = await read(near);
  if (row && row.hubs.length > 0)
    [row] = await read(await firstNeighboursOfHubs(db, row.hubs, types, limit, activeAt));
  if (!row) throw new Error('subgraph returned no row');
  const { missingKeys, levels, relations, cut } = row;
  if (missingKeys.length > 0) return { missingKeys, nodes: [], relations: [], truncated: false };
  const nodes = levels
    .flatMap((level, distance) => level.map((entity) => ({ entity, distance })))
    .sort((a, b) => a.distance - b.distance || a.entity.key.localeCompare(b.entity.key));
  const ordered = relations.sort(byNearness);
  return {
    missingKeys,
    nodes,
    relations: ordered.slice(0, limit).map((item) => item.relation),
    truncated: cut || ordered.length > limit,
  };
}
