import type { Database } from '../db/database.js';
import {
  type EntityRow,
  entityProps,
  propsOf,
  type RelationRow,
  toEntityRow,
  toEntityRows,
  toRelationRow,
} from './rows.js';

/** A fact that sources disagree about: a relationship, a node, or an actor's founding. */
export interface DisputedFactRow {
  kind: 'RELATION' | 'NODE' | 'FOUNDING';
  entity: EntityRow | null;
  relation: RelationRow | null;
}

// Relationships first, then nodes, then foundings; each in key order, so pages are stable.
const DISPUTED_FACTS = `
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.disputed = true
  RETURN 0 AS rank, a.key + '|' + type(r) + '|' + b.key AS id, 'RELATION' AS kind,
    {type: type(r), from: a.key, to: b.key, props: properties(r)} AS relation, null AS entity
  UNION ALL
  MATCH (n:Entity) WHERE n.disputed = true
  RETURN 1 AS rank, n.key AS id, 'NODE' AS kind, null AS relation,
    {props: ${entityProps('n')}, labels: labels(n)} AS entity
  UNION ALL
  MATCH (n:Entity) WHERE n.foundedDisputed = true
  RETURN 2 AS rank, n.key AS id, 'FOUNDING' AS kind, null AS relation,
    {props: ${entityProps('n')}, labels: labels(n)} AS entity
}
WITH rank, id, kind, relation, entity ORDER BY rank, id
WITH collect({kind: kind, relation: relation, entity: entity}) AS facts
RETURN size(facts) AS total, facts[$offset..$offset + $limit] AS page`;

/** A page of the disputed facts, and how many there are in all. */
export async function disputedFacts(
  db: Database,
  offset: number,
  limit: number,
): Promise<{ total: number; facts: DisputedFactRow[] }> {
  const [row] = await db.read(DISPUTED_FACTS, { offset, limit });
  const page = Array.isArray(row?.page) ? row.page : [];
  return {
    total: typeof row?.total === 'number' ? row.total : 0,
    facts: page.map((item) => {
      const fact = propsOf(item);
      const relation = propsOf(fact.relation);
      const entity = propsOf(fact.entity);
      return {
        kind: fact.kind as DisputedFactRow['kind'],
        relation:
          fact.relation === null
            ? null
            : toRelationRow(
                String(relation.type),
                String(relation.from),
                String(relation.to),
                propsOf(relation.props),
              ),
        entity:
          fact.entity === null
            ? null
            : toEntityRow(
                propsOf(entity.props),
                Array.isArray(entity.labels) ? entity.labels.map(String) : [],
              ),
      };
    }),
  };
}

const COMMON_MEMBERS = `
UNWIND $keys AS key
OPTIONAL MATCH (body:Entity {key: key})
WITH collect(body) AS bodies, collect(body.key) AS found
WITH bodies, [key IN $keys WHERE NOT key IN found] AS missing
CALL (bodies) {
  UNWIND bodies AS body
  MATCH (member:Entity)-[:MEMBER_OF]->(body)
  WITH member, count(DISTINCT body) AS bodiesJoined
  WHERE bodiesJoined = size(bodies)
  WITH member ORDER BY member.key
  RETURN collect({props: ${entityProps('member')}, labels: labels(member)}) AS members
}
RETURN missing, members`;

/** The nodes that are members (MEMBER_OF) of every one of `keys`, in key order. */
export async function commonMembers(
  db: Database,
  keys: string[],
): Promise<{ missingKeys: string[]; members: EntityRow[] }> {
  const [row] = await db.read(COMMON_MEMBERS, { keys });
  return {
    missingKeys: Array.isArray(row?.missing) ? row.missing.map(String) : [],
    members: toEntityRows(row?.members),
  };
}
