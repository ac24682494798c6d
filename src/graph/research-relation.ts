import type { Database } from '../db/database.js';
import { namedQuery } from '../db/query.js';
import { decodeRelation, relationProjection } from '../model/projection.js';
import type { Relation } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';

const RELATION_BY_ID = namedQuery(
  'relationById',
  `
MATCH (:Entity {key: $from})-[r:$($type)]->(:Entity {key: $to})
RETURN ${relationProjection('r')} AS relation
LIMIT 1`,
  (row) => decodeRelation(row.relation),
);

/** The relationship "from|TYPE|to", or null when there is none. */
export async function relationById(
  db: Database,
  id: { from: string; type: RelationType; to: string },
): Promise<Relation | null> {
  const [relation] = await db.read(RELATION_BY_ID, id);
  return relation ?? null;
}
