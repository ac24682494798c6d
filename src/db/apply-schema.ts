import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { refreshMemberWindow } from '../model/active-at.js';
import type { Database } from './database.js';
import { bool, namedQuery, namedStatement } from './query.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));

/** Splits a .cypher file into statements: `;` ends a statement, `//` lines are comments. */
export function splitCypherStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Relationships written before `fromKey`/`toKey` existed get them, once: a marker node spares
 * every later start a scan of all relationships.
 */
const BACKFILL_END_KEYS = namedStatement(
  'backfillRelationEndKeys',
  `
OPTIONAL MATCH (done:SchemaMigration {id: 'relationship-end-keys'})
WITH done WHERE done IS NULL
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fromKey IS NULL OR r.toKey IS NULL
  SET r.fromKey = a.key, r.toKey = b.key
}
CREATE (:SchemaMigration {id: 'relationship-end-keys'})`,
);

const MEMBER_WINDOW_MIGRATION = 'member-window';

const MIGRATION_DONE = namedQuery(
  'schemaMigrationDone',
  'OPTIONAL MATCH (done:SchemaMigration {id: $id}) RETURN done IS NOT NULL AS done',
  (row) => bool(row.done),
);

const MIGRATION_MARK = namedStatement('schemaMigrationMark', 'MERGE (:SchemaMigration {id: $id})');

/**
 * MEMBER_OF relationships written before their stored window existed (model/active-at.ts) get it,
 * once, committed in batches so a graph of 10^6 relationships does not fill the heap.
 */
const BACKFILL_MEMBER_WINDOWS = namedStatement(
  'backfillMemberWindows',
  `
MATCH ()-[r:MEMBER_OF]->()
CALL (r) {${refreshMemberWindow('r')}
} IN TRANSACTIONS OF 10000 ROWS`,
);

async function backfillMemberWindows(db: Database): Promise<void> {
  const [done] = await db.write(MIGRATION_DONE, { id: MEMBER_WINDOW_MIGRATION });
  if (done) return;
  await db.writeInBatches(BACKFILL_MEMBER_WINDOWS);
  await db.write(MIGRATION_MARK, { id: MEMBER_WINDOW_MIGRATION });
}

/** Applies the constraints and indexes of cypher/schema.cypher; running it again changes nothing. */
export async function applySchema(db: Database): Promise<number> {
  const statements = splitCypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  // Named but not registered: these statements come from the file, not from the code.
  for (const cypher of statements)
    await db.write({ name: 'applySchema', cypher, decode: (row) => row });
  await db.write(BACKFILL_END_KEYS);
  await backfillMemberWindows(db);
  await db.write({
    name: 'awaitIndexes',
    cypher: 'CALL db.awaitIndexes(60)',
    decode: (row) => row,
  });
  return statements.length;
}
