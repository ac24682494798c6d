import type { Database } from '../db/database.js';
import { normalise } from '../text/normalise.js';
import { type EntityRow, entityProps, propsOf, toEntityRow } from './rows.js';

export interface SearchResult {
  score: number;
  /** True when the query equals the actor's acronym, name or an alias (accents and case aside). */
  exact: boolean;
  actor: EntityRow;
}

const SEARCH_ACTORS = `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery, {limit: $candidates}) YIELD node, score
WHERE node:Actor
RETURN ${entityProps('node')} AS props, labels(node) AS labels, score`;

/**
 * Turns free text into a Lucene query that cannot fail: every term is quoted, so operators and
 * special characters in user input are plain text. Matches in names weigh more than in
 * descriptions, and actors matching every term (the last also as a prefix) more than those matching
 * some. Returns null when the text has no letter or digit.
 */
export function toFullTextQuery(text: string): string | null {
  const terms = normalise(text).split(' ').filter(Boolean).slice(0, 16);
  if (terms.length === 0) return null;
  const last = terms[terms.length - 1] as string;
  // A prefix clause is only safe on a plain alphanumeric term, which `normalise` guarantees.
  const lastClause = `("${last}" OR ${last}*)`;
  const everyTerm = [...terms.slice(0, -1).map((term) => `"${term}"`), lastClause].join(' AND ');
  const someTerm = [...terms.map((term) => `"${term}"`), `${last}*`].join(' ');
  return [
    `searchNames:(${everyTerm})^8`,
    `searchNames:(${someTerm})^2`,
    `searchDescription:(${everyTerm})^2`,
    `searchDescription:(${someTerm})`,
  ].join(' ');
}

function isExact(query: string, actor: EntityRow): boolean {
  const wanted = normalise(query);
  return [actor.acronym, actor.name, ...actor.aliases, ...actor.names.map((n) => n.name)]
    .filter((name): name is string => name !== undefined)
    .some((name) => normalise(name) === wanted);
}

/** Full-text search over actors; exact acronyms and names rank first, then Lucene's score. */
export async function searchActors(
  db: Database,
  text: string,
  first: number,
): Promise<SearchResult[]> {
  const textQuery = toFullTextQuery(text);
  if (textQuery === null) return [];
  const rows = await db.read(SEARCH_ACTORS, { textQuery, candidates: Math.max(50, first * 5) });
  return rows
    .map((row) => {
      const actor = toEntityRow(propsOf(row.props), row.labels as string[]);
      return { score: Number(row.score), exact: isExact(text, actor), actor };
    })
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        a.actor.key.localeCompare(b.actor.key),
    )
    .slice(0, first);
}
