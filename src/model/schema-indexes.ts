// The indexes of cypher/schema.cypher that exist once per relationship type, printed from the
// vocabulary: a new type in vocabulary.ts gets its indexes with `npm run cypher`.
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES, type RelationType } from './vocabulary.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../cypher/schema.cypher', import.meta.url));

const BEGIN =
  '// BEGIN per-type indexes, generated from src/model/vocabulary.ts by `npm run cypher`.';
const END = '// END per-type indexes.';

const snake = (type: RelationType) => type.toLowerCase();

function perTypeIndexes(): string {
  const types = Object.keys(RELATION_TYPES) as RelationType[];
  return [
    '// Disputed relationships, counted by `stats` and listed by `disputedFacts` without reading every relationship (one index per type).',
    ...types.map(
      (type) =>
        `CREATE INDEX rel_disputed_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.disputed);`,
    ),
    '',
    '// Relationships a write recorded (origin api or import; curated ones store none), for `relations(filter: {origin})`.',
    ...types.map(
      (type) =>
        `CREATE INDEX rel_origin_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.origin);`,
    ),
    '',
    "// A node's relationships of one type, in one direction, in the other end's key order: keyset pages",
    "// that read only the page, whatever the node's degree (fromKey/toKey repeat the end keys).",
    ...types.flatMap((type) => [
      `CREATE INDEX rel_in_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.toKey, r.fromKey);`,
      `CREATE INDEX rel_out_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.fromKey, r.toKey);`,
    ]),
    '',
    '// Relationships by the year they began or ended, in key order: `evolution` pages read only the page.',
    ...types.flatMap((type) => [
      `CREATE INDEX rel_since_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.sinceYear, r.fromKey, r.toKey);`,
      `CREATE INDEX rel_until_${snake(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.untilYear, r.fromKey, r.toKey);`,
    ]),
  ].join('\n');
}

/** `schemaText` with its per-type block printed afresh (appended when it has none yet). */
export function withGeneratedIndexes(schemaText: string): string {
  const block = `${BEGIN}\n${perTypeIndexes()}\n${END}`;
  const start = schemaText.indexOf(BEGIN);
  const end = schemaText.indexOf(END);
  if (start === -1 || end === -1) return `${schemaText.trimEnd()}\n\n${block}\n`;
  return `${schemaText.slice(0, start)}${block}${schemaText.slice(end + END.length)}`;
}
