import { randomBytes } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { namedQuery, text } from '../db/query.js';
import { badInput } from '../domain-error.js';
import type { Author, ChangeRow } from '../history/changes.js';
import { type VersionedTransaction, versionedWrite } from '../history/versioned-write.js';
import { WRITE_LIMITS } from '../limits.js';
import type { Source } from '../model/types.js';
import {
  httpUrl,
  keyValue,
  languageCode,
  optionalText,
  pastDate,
  requiredText,
} from './validate.js';

export interface AddSourceInput {
  key?: string | null;
  url: string;
  title: string;
  language: string;
  publisher: string;
  accessed: string;
  quote?: string | null;
  archiveUrl?: string | null;
}

/** A source as the API writes it: the loader's properties (key, url, title, language) and more. */
export interface NewSource {
  key: string;
  url: string;
  title: string;
  language: string;
  publisher: string;
  accessed: string;
  quote: string | null;
  archiveUrl: string | null;
}

export interface AddedSource {
  source: Source;
  change: ChangeRow;
  graphVersion: number;
}

/** Checks and normalises an addSource input; errors name the field, e.g. "addSource.input.url". */
export function validateNewSource(input: AddSourceInput, at = 'addSource.input'): NewSource {
  return {
    key:
      input.key == null
        ? `src-${randomBytes(6).toString('hex')}`
        : keyValue(`${at}.key`, input.key),
    url: httpUrl(`${at}.url`, input.url),
    title: requiredText(`${at}.title`, input.title, WRITE_LIMITS.title),
    language: languageCode(`${at}.language`, input.language),
    publisher: requiredText(`${at}.publisher`, input.publisher, WRITE_LIMITS.name),
    accessed: pastDate(`${at}.accessed`, input.accessed),
    quote: optionalText(`${at}.quote`, input.quote, WRITE_LIMITS.quote),
    archiveUrl: input.archiveUrl == null ? null : httpUrl(`${at}.archiveUrl`, input.archiveUrl),
  };
}

// origin and version: where the fact came from, and the version an update will have to state.
const CREATE_SOURCE = namedQuery(
  'createSource',
  `
OPTIONAL MATCH (existing:Source {key: $source.key})
WITH existing WHERE existing IS NULL
CREATE (s:Source)
SET s = $source, s.origin = 'api', s.version = 1,
    s.createdAt = datetime.transaction(), s.createdBy = $who,
    s.updatedAt = datetime.transaction(), s.updatedBy = $who
RETURN s.key AS key`,
  (row) => text(row.key),
);

function keyTaken(key: string) {
  return badInput('addSource.input.key', `a source with the key "${key}" already exists`);
}

/** addSource's write inside a versioned write another operation may share. */
export async function addSourceIn(
  tx: VersionedTransaction,
  author: Author,
  source: NewSource,
  reason: string | null,
): Promise<void> {
  const props = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== null));
  const created = await tx.run(CREATE_SOURCE, { source: props, who: author.who });
  if (created.length === 0) throw keyTaken(source.key);
  await tx.record({
    operation: 'ADD_SOURCE',
    entityType: 'Source',
    entityKey: source.key,
    before: null,
    after: props,
    reason,
  });
}

/** Creates a source in one transaction that also records the change and bumps the graph version. */
export async function addSource(
  db: Database,
  author: Author,
  source: NewSource,
  reason: string | null,
): Promise<AddedSource> {
  try {
    const { changes, graphVersion } = await versionedWrite(db, author, (tx) =>
      addSourceIn(tx, author, source, reason),
    );
    const { quote, archiveUrl, ...required } = source;
    const added: Source = { ...required };
    if (quote !== null) added.quote = quote;
    if (archiveUrl !== null) added.archiveUrl = archiveUrl;
    return { source: added, change: changes[0] as ChangeRow, graphVersion };
  } catch (error) {
    // Two writers adding one key at once: the unique constraint refuses the second.
    if (error instanceof Neo4jError && error.code.endsWith('ConstraintValidationFailed')) {
      throw keyTaken(source.key);
    }
    throw error;
  }
}
