import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { list, map, namedQuery, num, text } from '../db/query.js';
import { badInput } from '../domain-error.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntity,
  decodeEntityRows,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import { type Entity, type EntityRow, type Relation, relationIdCypher } from '../model/types.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';
import { indexedRelations } from './relation-index.js';
import { VersionKeyedCache } from './version-keyed-cache.js';

/** A fact that sources disagree about: a relationship, a node, or an actor's founding. */
export interface DisputedFactRow {
  kind: 'RELATION' | 'NODE' | 'FOUNDING';
  entity: Entity | null;
  relation: Relation | null;
}

// Relationships first, then nodes, then foundings; each in key order, so pages are stable.
const KINDS = ['RELATION', 'NODE', 'FOUNDING'] as const;

function decodeFact(value: Plain): DisputedFactRow {
  const fact = map(value);
  const kind = KINDS.find((candidate) => candidate === text(fact.kind)) ?? 'NODE';
  return {
    kind,
    relation: fact.relation == null ? null : decodeRelation(fact.relation),
    entity: fact.entity == null ? null : decodeEntity(fact.entity),
  };
}

// Disputed relationships from one index per type (schema.cypher: rel_disputed_*), nodes and
// foundings from theirs: only disputed facts are read, never every relationship. Only the page is
// projected, after the facts are ordered by references.
const disputedRelations = (Object.keys(RELATION_TYPES) as RelationType[]).map(
  (type) => `
  MATCH (a:Entity)-[r:${type}]->(b:Entity) USING INDEX r:${type}(disputed) WHERE r.disputed = true
  RETURN 0 AS rank, ${relationIdCypher('a.key', `'${type}'`, 'b.key')} AS id, r AS fact`,
);

const DISPUTED_FACTS = namedQuery(
  'disputedFacts',
  `
CALL () {${disputedRelations.join('\n  UNION ALL')}
  UNION ALL
  MATCH (n:Entity) USING INDEX n:Entity(disputed) WHERE n.disputed = true
  RETURN 1 AS rank, n.key AS id, n AS fact
  UNION ALL
  MATCH (n:Entity) USING INDEX n:Entity(foundedDisputed) WHERE n.foundedDisputed = true
  RETURN 2 AS rank, n.key AS id, n AS fact
}
WITH rank, id, fact ORDER BY rank, id
WITH collect({rank: rank, fact: fact}) AS facts
CALL (facts) {
  UNWIND facts[$offset..$offset + $limit] AS item
  WITH item.rank AS rank, item.fact AS fact
  RETURN collect(CASE rank
    WHEN 0 THEN {kind: 'RELATION', relation: ${relationProjection('fact')}, entity: null}
    ELSE {kind: CASE rank WHEN 1 THEN 'NODE' ELSE 'FOUNDING' END, relation: null, entity: ${entityProjection('fact')}}
  END) AS page
}
RETURN size(facts) AS total, page`,
  (row) => ({ total: num(row.total), facts: list(decodeFact)(row.page) }),
);

/** A page of the disputed facts, and how many there are in all. */
export async function disputedFacts(
  db: Database,
  offset: number,
  limit: number,
): Promise<{ total: number; facts: DisputedFactRow[] }> {
  const [page] = await db.read(DISPUTED_FACTS, { offset, limit });
  return page ?? { total: 0, facts: [] };
}

// The bodies, smallest membership first: its degree is kept by the store, so picking it reads nothing.
const BODIES_SMALLEST_FIRST = `CALL (missing) {
  UNWIND CASE WHEN size(missing) = 0 THEN $keys ELSE [] END AS key
  MATCH (body:Entity {key: key})
  WITH body ORDER BY COUNT { (body)<-[:MEMBER_OF]-() }, body.key
  RETURN collect(body) AS bodies
}`;

// The smallest body's members from its index in key order, each checked against the other bodies
// (Expand Into walks the member's side, a few relationships, not the body's): a page reads the
// members up to the page, not all of them.
const smallestBodyMembers = indexedRelations(
  'MEMBER_OF',
  'INCOMING',
  'member:Entity',
  'smallest.key',
);
const MEMBERS_OF_ALL = `WITH bodies[0] AS smallest, bodies[1..] AS others WHERE smallest IS NOT NULL
  ${smallestBodyMembers.match} AND r.fromKey > $after
    AND all(other IN others WHERE EXISTS { (member)-[:MEMBER_OF]->(other) })`;

const COMMON_MEMBERS = namedQuery(
  'commonMembers',
  `
${missingKeysCall('Entity')}
${BODIES_SMALLEST_FIRST}
CALL (bodies) {
  ${MEMBERS_OF_ALL}
  WITH member ORDER BY r.toKey, r.fromKey LIMIT $limit
  RETURN collect(${entityProjection('member', '$brief')}) AS members
}
RETURN missing, members`,
  (row) => ({ missingKeys: list(text)(row.missing), members: decodeEntityRows(row.members) }),
);

/**
 * The nodes that are members (MEMBER_OF) of every one of `keys`, in key order: up to `limit` of
 * them after the key `after`; `brief` reads only what a brief selection shows.
 */
export async function commonMembers(
  db: Database,
  keys: string[],
  page: { limit: number; after: string; brief: boolean },
): Promise<{ missingKeys: string[]; members: EntityRow[] }> {
  const [row] = await db.read(COMMON_MEMBERS, { keys, ...page });
  return row ?? { missingKeys: [], members: [] };
}

/**
 * All the common members of `keys` when there are at most `cap`: one more is read to know, and an
 * answer over the cap is refused before any field of its members is, naming the paged field.
 */
export async function commonMembersUpTo(
  db: Database,
  keys: string[],
  cap: number,
  brief: boolean,
): Promise<{ missingKeys: string[]; members: EntityRow[] }> {
  const result = await commonMembers(db, keys, { limit: cap + 1, after: '', brief });
  if (result.members.length <= cap) return result;
  throw badInput(
    'commonMembers.keys',
    `these bodies have more than ${cap} common members: page them with \`commonMembersPage\``,
    { cap, paged: 'commonMembersPage' },
  );
}

// Two bodies' members from their indexes, joined on the member (a hash join: each entry read once)
// instead of the smaller body's members each checked against the other body.
const MEMBERS_OF_BOTH_JOINED = `WITH bodies[0] AS smallest, bodies[1] AS other
  ${smallestBodyMembers.match} AND r.fromKey > $after
  MATCH (member)-[r2:MEMBER_OF]->()
    USING INDEX r2:MEMBER_OF(toKey, fromKey)
    USING JOIN ON member
    WHERE r2.toKey = other.key AND r2.fromKey > $after
  RETURN count(member) AS total`;

/**
 * A check of one member against the other body costs about as much as reading this many index
 * entries, or more (10^6 edges, the two biggest hubs: 69,683 checks took about 3× as long as
 * reading and joining both hubs' 208,911 entries): two bodies are joined when the bigger one's
 * entries are fewer than the checks would cost.
 */
export const MEMBER_CHECK_ENTRIES = 4;

// The degrees are the store's counts: choosing the path reads nothing.
const COMMON_MEMBERS_COUNT = namedQuery(
  'commonMembersCount',
  `
${missingKeysCall('Entity')}
${BODIES_SMALLEST_FIRST}
CALL (bodies) {
  WITH bodies, [body IN bodies | COUNT { (body)<-[:MEMBER_OF]-() }] AS degrees
  WITH bodies, size(bodies) = 2 AND degrees[1] <= $checkEntries * degrees[0] AS joined
  CALL (bodies, joined) {
    WITH bodies, joined WHERE joined
    ${MEMBERS_OF_BOTH_JOINED}
    UNION ALL
    WITH bodies, joined WHERE NOT joined
    ${MEMBERS_OF_ALL}
    RETURN count(r) AS total
  }
  RETURN sum(total) AS total
}
RETURN total`,
  (row) => num(row.total),
);

/** How many nodes are members of every one of `keys` (index reads and degree checks, no projection). */
export async function readCommonMembersCount(
  db: Database,
  keys: string[],
  checkEntries = MEMBER_CHECK_ENTRIES,
): Promise<number> {
  const [total] = await db.read(COMMON_MEMBERS_COUNT, { keys, after: '', checkEntries });
  return total ?? 0;
}

/** Bodies' counts kept: each is a number, and few key sets are asked at once. */
export const COMMON_COUNTS_KEPT = 200;

// Two hubs' count walks the smaller one's members (70,000 at 10^6 edges) on every page otherwise.
const commonCounts = new VersionKeyedCache<number>(COMMON_COUNTS_KEPT);

/**
 * `readCommonMembersCount`, computed once per graph version and set of keys (in any order): the
 * pages of one question share it, and a write anywhere makes the next page count again.
 */
export function commonMembersCount(db: Database, keys: string[]): Promise<number> {
  const set = JSON.stringify([...new Set(keys)].sort());
  return commonCounts.get(db, set, () => readCommonMembersCount(db, keys));
}
