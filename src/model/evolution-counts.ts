// Stored counts of the relationships that began or ended in each year, per type: `evolutionPage`'s
// `totalCount` sums a few of them instead of counting every index entry of the period (~10^6).
import { RELATION_TYPES, type RelationType } from './vocabulary.js';

/** A step's change and the relationship property that dates it. */
export const CHANGES = { BEGAN: 'sinceYear', ENDED: 'untilYear' } as const;
export type Change = keyof typeof CHANGES;

const TYPES = Object.keys(RELATION_TYPES) as RelationType[];
const TYPE_LIST = `[${TYPES.map((type) => `'${type}'`).join(', ')}]`;

/** What a counter counts, in the listing's terms: both ends live nodes, both end keys stored. */
function countedBranch(type: RelationType, change: Change, where: string, returns: string) {
  const year = `r.${CHANGES[change]}`;
  return `
  MATCH (:Entity)-[r:${type}]->(:Entity) USING INDEX r:${type}(${CHANGES[change]}, fromKey, toKey)
  WHERE ${where.replaceAll('$year', year)} AND r.fromKey IS NOT NULL AND r.toKey IS NOT NULL
  ${returns.replaceAll('$year', year)}`;
}

const BRANCHES = TYPES.flatMap((type) =>
  (Object.keys(CHANGES) as Change[]).map((change) => ({ type, change })),
);

/**
 * The buckets a relationship `rel` counts in (a Cypher list of maps), for a writer to read before
 * and after it changes `rel`: its type with the year it began and the year it ended, when known.
 */
export function evolutionBuckets(rel: string): string {
  return `[bucket IN [{type: type(${rel}), change: 'BEGAN', year: ${rel}.sinceYear},
    {type: type(${rel}), change: 'ENDED', year: ${rel}.untilYear}]
    WHERE bucket.year IS NOT NULL AND bucket.type IN ${TYPE_LIST}]`;
}

// Writers take this lock before they count, so two writers cannot each miss the other's row.
const TAKE_LOCK = `MERGE (countLock:EvolutionCountLock {id: 'evolution'})
  SET countLock.at = datetime.transaction()`;

/**
 * Cypher that recounts the buckets in the list variable `buckets` (from `evolutionBuckets`, read
 * before and after a write, concatenated) from the indexes, under the counters' lock. Every writer
 * of relationships, of their years or of their ends' Entity label runs it after its write.
 */
export function recountEvolution(buckets: string): string {
  const branches = BRANCHES.map(({ type, change }) =>
    countedBranch(
      type,
      change,
      // Another bucket's branch seeks null (nothing): a guard in WHERE runs after the seek.
      `$year = CASE WHEN bucketType = '${type}' AND bucketChange = '${change}' THEN bucketYear END`,
      'RETURN count(r) AS counted',
    ),
  ).join('\n    UNION ALL');
  return `
  WITH *
  CALL (${buckets}) {
    ${TAKE_LOCK}
    WITH countLock
    UNWIND ${buckets} AS bucket
    WITH DISTINCT bucket.type AS bucketType, bucket.change AS bucketChange, bucket.year AS bucketYear
    CALL (bucketType, bucketChange, bucketYear) {${branches}
    }
    WITH bucketType, bucketChange, bucketYear, sum(counted) AS counted
    MERGE (counter:EvolutionCount {id: bucketType + '|' + bucketChange + '|' + toString(bucketYear)})
    SET counter.type = bucketType, counter.change = bucketChange, counter.year = bucketYear,
        counter.count = counted
  }`;
}

/**
 * Every counter recounted from the indexes: after a bulk load that bypasses the writers (the
 * synthetic graph, its cleanup) and as the migration of graphs written before the counters.
 */
export const RECOUNT_ALL_EVOLUTION = `
${TAKE_LOCK}
WITH countLock
CALL () { MATCH (old:EvolutionCount) DELETE old }
CALL () {${BRANCHES.map(({ type, change }) =>
  countedBranch(
    type,
    change,
    '$year IS NOT NULL',
    `RETURN '${type}' AS type, '${change}' AS change, $year AS year, count(r) AS counted`,
  ),
).join('\n  UNION ALL')}
}
CREATE (:EvolutionCount {id: type + '|' + change + '|' + toString(year), type: type, change: change,
  year: year, count: counted})`;

/** How many relationships began or ended between `$from` and `$to`, from the stored counters. */
export const EVOLUTION_COUNT_FROM_COUNTERS = `
MATCH (counter:EvolutionCount) WHERE counter.year >= $from AND counter.year <= $to
RETURN sum(counter.count) AS total`;
