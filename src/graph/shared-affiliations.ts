import type { Database } from '../db/database.js';
import {
  type EntityRow,
  entityProps,
  type RelationRow,
  toEntityRows,
  toRelationRows,
} from './rows.js';

/** A body every given actor belongs to or takes part in, with the relationships that show it. */
export interface SharedAffiliation {
  body: EntityRow;
  relations: RelationRow[];
}

const SHARED_AFFILIATIONS = `
CALL () {
  UNWIND $keys AS key
  OPTIONAL MATCH (n:Entity {key: key})
  WITH key, n WHERE n IS NULL
  RETURN collect(key) AS missing
}
CALL () {
  UNWIND $keys AS key
  MATCH (a:Entity {key: key})-[r:MEMBER_OF|PARTICIPATES_IN]->(body:Entity)
  WITH body, count(DISTINCT key) AS reached,
    collect({type: type(r), from: a.key, to: body.key, props: properties(r)}) AS relations
  WHERE reached = size($keys)
  WITH body, relations ORDER BY body.key
  RETURN collect({props: ${entityProps('body')}, labels: labels(body), relations: relations}) AS bodies
}
RETURN missing, bodies`;

/** The bodies that every one of `keys` is a member of or takes part in; one round trip. */
export async function sharedAffiliations(
  db: Database,
  keys: string[],
): Promise<{ missingKeys: string[]; shared: SharedAffiliation[] }> {
  const [row] = await db.read(SHARED_AFFILIATIONS, { keys: [...new Set(keys)] });
  const missingKeys = (Array.isArray(row?.missing) ? row.missing : []).map(String);
  const rawBodies = Array.isArray(row?.bodies) ? row.bodies : [];
  const shared = toEntityRows(rawBodies).map((body, index) => {
    const raw = rawBodies[index];
    const relations = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw.relations : [];
    return { body, relations: toRelationRows(relations) };
  });
  return { missingKeys, shared };
}
