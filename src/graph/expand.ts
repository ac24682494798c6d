import { BOUNDS } from '../limits.js';

/**
 * Cypher for one breadth-first level: from the frontier `front{L-1}` and the nodes seen so far
 * `seen{L-1}`, the next frontier `front{L}` in key order, cut so that no more than `$limit` nodes are
 * seen in all; `cut{L}` says whether the limit stopped it. Each frontier node contributes at most
 * `$limit` neighbours (in key order), so a hub cannot flood a level; once the limit is full, the
 * level only checks whether anything is left out.
 */
function levelCypher(level: number): string {
  const [front, seen, cut] = [`front${level - 1}`, `seen${level - 1}`, `cut${level - 1}`];
  return `
CALL (${front}, ${seen}) {
  WITH ${front} AS frontier, ${seen} AS seen
  WHERE $depth >= ${level} AND size(seen) < $limit
  UNWIND frontier AS f
  CALL (f) {
    MATCH (f)-[r]-(m:Entity)
    WHERE $types IS NULL OR type(r) IN $types
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
