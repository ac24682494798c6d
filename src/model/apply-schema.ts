import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import { bool, type NamedQuery, namedQuery, namedStatement } from '../db/query.js';
import { refreshMemberWindow } from './active-at.js';
import { RECOUNT_ALL_EVOLUTION } from './evolution-counts.js';

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
 * Backfills for graphs written before a stored property existed, each run once: a
 * `SchemaMigration` marker spares every later start a scan of all relationships. Each commits in
 * batches, so a graph of 10^6 relationships does not fill the heap.
 */
const MIGRATIONS = [
  // Relationships' end keys (`fromKey`/`toKey`), which keyset pages read from indexes.
  {
    id: 'relationship-end-keys',
    backfill: namedStatement(
      'backfillRelationEndKeys',
      `
MATCH (a:Entity)-[r]->(b:Entity) WHERE r.fromKey IS NULL OR r.toKey IS NULL
CALL (a, r, b) {
  SET r.fromKey = a.key, r.toKey = b.key
} IN TRANSACTIONS OF 10000 ROWS`,
    ),
  },
  // MEMBER_OF relationships' stored window (model/active-at.ts).
  {
    id: 'member-window',
    backfill: namedStatement(
      'backfillMemberWindows',
      `
MATCH ()-[r:MEMBER_OF]->()
CALL (r) {${refreshMemberWindow('r')}
} IN TRANSACTIONS OF 10000 ROWS`,
    ),
  },
  // MEMBER_OF relationships' relation-rule window (`relFrom`/`relUntil`, model/active-at.ts),
  // added after `member-window`: the same refresh sets both.
  {
    id: 'member-of-relation-window',
    backfill: namedStatement(
      'backfillMemberOfRelationWindows',
      `
MATCH ()-[r:MEMBER_OF]->() WHERE r.relFrom IS NULL
CALL (r) {${refreshMemberWindow('r')}
} IN TRANSACTIONS OF 10000 ROWS`,
    ),
  },
  // Relation changes' end keys (`relationFrom`/`relationTo`), by which a node's history finds them.
  {
    id: 'change-relation-ends',
    backfill: namedStatement(
      'backfillChangeRelationEnds',
      `
MATCH (c:Change) WHERE c.entityType = 'Relation' AND c.relationFrom IS NULL
CALL (c) {
  WITH c, split(c.entityKey, '|') AS parts
  SET c.relationFrom = parts[0], c.relationTo = parts[2]
} IN TRANSACTIONS OF 10000 ROWS`,
    ),
  },
  // The per-type, per-year counts of began and ended relationships (model/evolution-counts.ts).
  {
    id: 'evolution-counts',
    backfill: namedStatement('recountAllEvolution', RECOUNT_ALL_EVOLUTION),
  },
];

const MIGRATION_DONE = namedQuery(
  'schemaMigrationDone',
  'OPTIONAL MATCH (done:SchemaMigration {id: $id}) RETURN done IS NOT NULL AS done',
  (row) => bool(row.done),
);

const MIGRATION_MARK = namedStatement('schemaMigrationMark', 'MERGE (:SchemaMigration {id: $id})');

async function migrateOnce(
  db: Database,
  { id, backfill }: { id: string; backfill: NamedQuery<unknown> },
): Promise<void> {
  const [done] = await db.write(MIGRATION_DONE, { id });
  if (done) return;
  await db.writeInBatches(backfill);
  await db.write(MIGRATION_MARK, { id });
}

/** Applies the constraints and indexes of cypher/schema.cypher; running it again changes nothing. */
export async function applySchema(db: Database): Promise<number> {
  const statements = splitCypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  // Named but not registered: these statements come from the file, not from the code.
  for (const cypher of statements)
    await db.write({ name: 'applySchema', family: 'applySchema', cypher, decode: (row) => row });
  for (const migration of MIGRATIONS) await migrateOnce(db, migration);
  await db.write({
    name: 'awaitIndexes',
    family: 'awaitIndexes',
    cypher: 'CALL db.awaitIndexes(60)',
    decode: (row) => row,
  });
  return statements.length;
}
