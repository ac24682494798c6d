import type { Database } from '../db/database.js';
import { namedQuery, num } from '../db/query.js';
import { decodeEntity, entityProjection } from '../model/projection.js';
import type { Entity } from '../model/types.js';
import type { NodeFamily } from '../model/vocabulary.js';
import { normalise } from '../text/normalise.js';

export interface SearchResult {
  score: number;
  /** True when the query equals the actor's acronym, name or an alias (accents and case aside). */
  exact: boolean;
  node: Entity;
}

// Families are labels from the closed vocabulary, passed as a parameter.
const SEARCH_ENTITIES = namedQuery(
  'searchEntities',
  `
CALL db.index.fulltext.queryNodes('entity_search', $textQuery, {limit: $candidates}) YIELD node, score
WHERE any(family IN $families WHERE family IN labels(node))
RETURN ${entityProjection('node')} AS entity, score`,
  (row) => ({ node: decodeEntity(row.entity), score: num(row.score) }),
);

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

function isExact(query: string, entity: Entity): boolean {
  const wanted = normalise(query);
  return [entity.acronym, entity.name, ...entity.aliases, ...Object.values(entity.names)]
    .filter((name): name is string => name !== undefined)
    .some((name) => normalise(name) === wanted);
}

/** Full-text search over the given families; exact acronyms and names rank first, then Lucene's score. */
export async function searchEntities(
  db: Database,
  text: string,
  first: number,
  families: readonly NodeFamily[],
): Promise<SearchResult[]> {
  const textQuery = toFullTextQuery(text);
  if (textQuery === null) return [];
  const rows = await db.read(SEARCH_ENTITIES, {
    textQuery,
    families,
    candidates: Math.max(50, first * 5),
  });
  return rows
    .map((row) => ({ ...row, exact: isExact(text, row.node) }))
    .sort(
      (a, b) =>
        Number(b.exact) - Number(a.exact) ||
        b.score - a.score ||
        a.node.key.localeCompare(b.node.key),
    )
    .slice(0, first);
}
