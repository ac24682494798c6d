import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { list, map, namedQuery, num, text } from '../db/query.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntities,
  decodeEntity,
  decodeRelation,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import { type Entity, type Relation, relationIdCypher } from '../model/types.js';

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

const DISPUTED_FACTS = namedQuery(
  'disputedFacts',
  `
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.disputed = true
  RETURN 0 AS rank, ${relationIdCypher('a.key', 'type(r)', 'b.key')} AS id, 'RELATION' AS kind,
    ${relationProjection('r')} AS relation, null AS entity
  UNION ALL
  MATCH (n:Entity) WHERE n.disputed = true
  RETURN 1 AS rank, n.key AS id, 'NODE' AS kind, null AS relation,
    ${entityProjection('n')} AS entity
  UNION ALL
  MATCH (n:Entity) WHERE n.foundedDisputed = true
  RETURN 2 AS rank, n.key AS id, 'FOUNDING' AS kind, null AS relation,
    ${entityProjection('n')} AS entity
}
WITH rank, id, kind, relation, entity ORDER BY rank, id
WITH collect({kind: kind, relation: relation, entity: entity}) AS facts
RETURN size(facts) AS total, facts[$offset..$offset + $limit] AS page`,
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

const COMMON_MEMBERS = namedQuery(
  'commonMembers',
  `
${missingKeysCall('Entity')}
CALL () {
  UNWIND $keys AS key
  MATCH (body:Entity {key: key})
  RETURN collect(body) AS bodies
}
CALL (bodies) {
  UNWIND bodies AS body
  MATCH (member:Entity)-[:MEMBER_OF]->(body)
  WITH member, count(DISTINCT body) AS bodiesJoined
  WHERE bodiesJoined = size(bodies)
  WITH member ORDER BY member.key
  RETURN collect(${entityProjection('member')}) AS members
}
RETURN missing, members`,
  (row) => ({ missingKeys: list(text)(row.missing), members: decodeEntities(row.members) }),
);

/** The nodes that are members (MEMBER_OF) of every one of `keys`, in key order. */
export async function commonMembers(
  db: Database,
  keys: string[],
): Promise<{ missingKeys: string[]; members: Entity[] }> {
  const [row] = await db.read(COMMON_MEMBERS, { keys });
  return row ?? { missingKeys: [], members: [] };
}
