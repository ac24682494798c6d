import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { list, map, namedQuery, text } from '../db/query.js';
import { missingKeysCall } from '../model/missing-keys.js';
import {
  decodeEntity,
  decodeRelations,
  entityProjection,
  relationProjection,
} from '../model/projection.js';
import type { Entity, Relation } from '../model/types.js';

/** A body every given actor belongs to or takes part in, with the relationships that show it. */
export interface SharedAffiliation {
  body: Entity;
  relations: Relation[];
}

function decodeShared(value: Plain): SharedAffiliation {
  const item = map(value);
  return { body: decodeEntity(item.body), relations: decodeRelations(item.relations) };
}

const SHARED_AFFILIATIONS = namedQuery(
  'sharedAffiliations',
  `
${missingKeysCall('Entity')}
CALL () {
  UNWIND $keys AS key
  MATCH (a:Entity {key: key})-[r:MEMBER_OF|PARTICIPATES_IN]->(body:Entity)
  WITH body, count(DISTINCT key) AS reached, collect(${relationProjection('r')}) AS relations
  WHERE reached = size($keys)
  WITH body, relations ORDER BY body.key
  RETURN collect({body: ${entityProjection('body')}, relations: relations}) AS bodies
}
RETURN missing, bodies`,
  (row) => ({ missingKeys: list(text)(row.missing), shared: list(decodeShared)(row.bodies) }),
);

/** The bodies that every one of `keys` is a member of or takes part in; one round trip. */
export async function sharedAffiliations(
  db: Database,
  keys: string[],
): Promise<{ missingKeys: string[]; shared: SharedAffiliation[] }> {
  const [row] = await db.read(SHARED_AFFILIATIONS, { keys: [...new Set(keys)] });
  return row ?? { missingKeys: [], shared: [] };
}
