import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema/index.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

/** The schema as committed: sorted, so that a diff shows only real changes. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

// `npm run schema` writes the file; `--check` fails when the committed file has drifted.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const printed = printSortedSchema();
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('schema/schema.graphql is out of date: run `npm run schema` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql is up to date.');
  } else {
    mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
}
