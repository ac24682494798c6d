import type { Database } from '../db/database.js';
import { type EntityRow, entityProps, toEntityRows } from './rows.js';

const SHARED_AFFILIATIONS = `
CALL () {
  UNWIND $keys AS key
  OPTIONAL MATCH (n:Entity {key: key})
  WITH key, n WHERE n IS NULL
  RETURN collect(key) AS missing
}
CALL () {
  UNWIND $keys AS key
  MATCH (:Entity {key: key})-[:MEMBER_OF|PARTICIPATES_IN]->(body:Entity)
  WITH body, count(DISTINCT key) AS reached
  WHERE reached = size($keys)
  WITH body ORDER BY body.key
  RETURN collect({props: ${entityProps('body')}, labels: labels(body)}) AS bodies
}
RETURN missing, bodies`;

/** The bodies that every one of `keys` is a member of or takes part in; one round trip. */
export async function sharedAffiliations(
  db: Database,
  keys: string[],
): Promise<{ missingKeys: string[]; bodies: EntityRow[] }> {
  const [row] = await db.read(SHARED_AFFILIATIONS, { keys: [...new Set(keys)] });
  const missingKeys = (Array.isArray(row?.missing) ? row.missing : []).map(String);
  return { missingKeys, bodies: toEntityRows(row?.bodies) };
}
