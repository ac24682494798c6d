import { BOUNDS } from '../limits.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import { indexedRelations } from './relation-index.js';

/**
 * The first `$limit` neighbours `m` of `f` along each relationship type and direction (`$types`,
 * null for all), each read from its index in the neighbour's key order: a hub costs a page per
 * type and direction, not its degree. Distinct because the model keeps one relationship per
 * (from, type, to). Simple predicates only: Neo4j plans 24 branches slowly.
 */
function neighbourReads(): string {
  return (Object.keys(RELATION_TYPES) as RelationType[])
    .flatMap((type) =>
      (['INCOMING', 'OUTGOING'] as const).map((direction) => {
        const read = indexedRelations(type, direction, 'm:Entity', 'f.key');
        return `
      WITH f WHERE $types IS NULL OR '${type}' IN $types
      ${read.match} AND r.${read.otherEnd} IS NOT NULL
      WITH m, r ORDER BY r.${read.anchor}, r.${read.otherEnd} LIMIT $limit
      RETURN m`;
      }),
    )
    .join('\n      UNION ALL');
}

/**
 * Cypher for one breadth-first level: from the frontier `front{L-1}` and the nodes seen so far
 * `seen{L-1}`, the next frontier `front{L}` in key order, cut so that no more than `$limit` nodes are
 * seen in all; `cut{L}` says whether the limit stopped it. Each frontier node contributes at most
 * `$limit` neighbours (in key order), so a hub cannot flood a level; once the limit is full, the
 * level only checks whether anything is left out.
 */
function levelCypher(level: number): string {
  const [front, seen, cut] = [`front${level - 1}`, `seen${level - 1}`, `cut${level - 1}`];
  // The seeds' neighbours come from the indexes (a seed may be a hub); further levels are cut by
  // then (a hub's first level fills the limit) or reached from ordinary nodes.
  const neighbours =
    level === 1
      ? `CALL (f) {${neighbourReads()}
    }`
      : `MATCH (f)-[r]-(m:Entity)
    WHERE $types IS NULL OR type(r) IN $types`;
  return `
CALL (${front}, ${seen}) {
  WITH ${front} AS frontier, ${seen} AS seen
  WHERE $depth >= ${level} AND size(seen) < $limit
  UNWIND frontier AS f
  CALL (f) {
    ${neighbours}
    WITH DISTINCT m ORDER BY m.key LIMIT $limit
    RETURN m
  }
  WITH m, seen WHERE NOT m IN seen
  WITH DISTINCT m ORDER BY m.key
  RETURN collect(m) AS found${level}
}
CALL (${front}, ${seen}) {
  WITH ${front} AS frontier, ${seen} AS seen
  WHERE $depth >= ${level} AND size(seen) >= $limit
  UNWIND frontier AS f
  MATCH (f)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND NOT m IN seen
  WITH m LIMIT 1
  RETURN count(m) > 0 AS left${level}
}
WITH *, found${level}[0..$limit - size(${seen})] AS front${level}
WITH *, ${seen} + front${level} AS seen${level},
  ${cut} OR left${level} OR size(found${level}) > size(front${level}) AS cut${level}`;
}

/**
 * A bounded breadth-first expansion inside one statement. The calling query binds `front0` and
 * `seen0` (the seed nodes, at most `$limit`) and `cut0`, and passes `$depth`, `$types` and `$limit`;
 * afterwards `levels` lists the nodes reached at each distance (seeds at 0) and `cut` says whether
 * `$limit` left nodes out.
 */
export function expansionCypher(): string {
  const last = Math.max(BOUNDS.subgraphDepth.max, BOUNDS.neighborDepth.max);
  const depths = Array.from({ length: last }, (_, index) => index + 1);
  return `${depths.map(levelCypher).join('')}
WITH *, [${['front0', ...depths.map((d) => `front${d}`)].join(', ')}] AS levels, cut${last} AS cut`;
}
