import { createHash } from 'node:crypto';
import type { Database } from '../src/db/database.js';

/** A hash of every node and relationship with its properties: equal hashes, unchanged graph. */
export async function graphHash(db: Database): Promise<string> {
  const nodes = await db.read(
    'MATCH (n) WHERE NOT n:SeedLock RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, type(r) AS type, properties(r) AS props, elementId(b) AS to',
  );
  const lines = [...nodes, ...relationships].map((row) => JSON.stringify(row)).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}
