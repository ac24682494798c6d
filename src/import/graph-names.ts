// The one read the importer makes: every node's names, so that matching runs in memory.
import type { Database } from '../db/database.js';
import type { Plain } from '../db/plain.js';
import { list, namedQuery, text } from '../db/query.js';

export interface GraphName {
  key: string;
  /** Actor, Event, Law or PolicyDocument. */
  family: string;
  name: string;
  acronym: string | null;
  /** Aliases and the names in every language. */
  aliases: string[];
  /** The node's date in EDTF (events, laws), else null. */
  date: string | null;
  /** Its founding date in EDTF, else null: a page that gives another is a contradiction. */
  founded?: string | null;
  /** Its outgoing relations as "TYPE|toKey", so the dry run can say what the graph already holds. */
  relations?: string[];
  /**
   * The `since` of those that have one and are not disputed yet, as "TYPE|toKey|since": a page that
   * gives another year contradicts it (a disputed one's note already says who says what).
   */
  relationSince?: string[];
  /** Its resource counts by type, or null: a page that gives the same proposes nothing. */
  resourceCounts?: Record<string, number> | null;
}

/** The stored JSON of resource counts, or null when there are none. */
function countsOf(value: Plain | undefined): Record<string, number> | null {
  if (typeof value !== 'string') return null;
  const parsed = JSON.parse(value) as unknown;
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const counts = Object.entries(parsed).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  );
  return counts.length > 0 ? Object.fromEntries(counts) : null;
}

const optionalText = (value: Plain | undefined) => (typeof value === 'string' ? value : null);
const texts = list(text);

const GRAPH_NAMES = namedQuery(
  'importGraphNames',
  `
MATCH (n:Entity)
OPTIONAL MATCH (n)-[r]->(m:Entity)
WITH n, [x IN collect(type(r) + '|' + m.key) WHERE x IS NOT NULL] AS relations,
     collect(CASE WHEN r.disputed THEN null ELSE type(r) + '|' + m.key + '|' + r.since END) AS relationSince
RETURN n.key AS key,
       [label IN labels(n) WHERE label IN ['Actor', 'Event', 'Law', 'PolicyDocument']][0] AS family,
       n.name AS name, n.acronym AS acronym, n.date AS date,
       coalesce(n.aliases, []) + [k IN keys(n) WHERE k =~ 'name[A-Z][a-z]' | n[k]] AS aliases,
       n.foundedDate AS founded, relations, relationSince, n.resourceCounts AS resourceCounts
ORDER BY key`,
  (row): GraphName => ({
    key: text(row.key),
    family: optionalText(row.family) ?? 'Actor',
    name: text(row.name),
    acronym: optionalText(row.acronym),
    aliases: texts(row.aliases),
    date: optionalText(row.date),
    founded: optionalText(row.founded),
    relations: texts(row.relations).sort(),
    relationSince: texts(row.relationSince).sort(),
    resourceCounts: countsOf(row.resourceCounts),
  }),
);

export function readGraphNames(db: Database): Promise<GraphName[]> {
  return db.read(GRAPH_NAMES);
}
