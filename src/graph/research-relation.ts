import type { Database } from '../db/database.js';
import { propsOf, type RelationRow, toRelationRow } from './rows.js';

const RELATION_BY_ID = `
MATCH (a:Entity {key: $from})-[r]->(b:Entity {key: $to})
WHERE type(r) = $type
RETURN properties(r) AS props
LIMIT 1`;

/** The relationship "from|TYPE|to", or null when there is none. */
export async function relationById(
  db: Database,
  id: { from: string; type: string; to: string },
): Promise<RelationRow | null> {
  const [row] = await db.read(RELATION_BY_ID, id);
  return row ? toRelationRow(id.type, id.from, id.to, propsOf(row.props)) : null;
}
