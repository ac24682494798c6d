import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

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

/** Applies the constraints and indexes of cypher/schema.cypher; running it again changes nothing. */
export async function applySchema(db: Database): Promise<number> {
  const statements = splitCypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
  for (const statement of statements) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
  return statements.length;
}
