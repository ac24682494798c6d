// The one place that builds NOT_FOUND's `suggestions`: the existing keys nearest an unknown one,
// from a bounded candidate read (key-index prefixes and a fuzzy full-text match), ranked here.
import { distance } from 'fastest-levenshtein';
import { unknownKeys } from '../arguments.js';
import type { Database } from '../db/database.js';
import { bool, list, namedQuery, text } from '../db/query.js';
import type { DomainError } from '../domain-error.js';
import { notFound } from '../domain-error.js';
import { parseRelationId } from '../model/types.js';
import { normalise } from '../text/normalise.js';

/** Suggestions per unknown key, and the candidates each prefix or fuzzy read may give. */
const SUGGESTIONS = 5;
const CANDIDATES_PER_READ = 100;

// Each read stops at its LIMIT (the key constraints' range indexes serve STARTS WITH), so the cost
// does not grow with the graph: at most (prefixes + 1) × CANDIDATES_PER_READ keys per unknown key.
const KEY_CANDIDATES = namedQuery(
  'keyCandidates',
  `
UNWIND $asked AS asked
CALL (asked) {
  UNWIND asked.prefixes AS prefix
  CALL (prefix) {
    MATCH (n:Entity) WHERE n.key STARTS WITH prefix
    RETURN n.key AS key LIMIT $perRead
    UNION
    MATCH (n:Source) WHERE $sources AND n.key STARTS WITH prefix
    RETURN n.key AS key LIMIT $perRead
  }
  RETURN key
  UNION
  WITH asked WHERE asked.fuzzy IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_search', asked.fuzzy, {limit: $perRead}) YIELD node
  RETURN node.key AS key
}
RETURN asked.key AS key, collect(DISTINCT key) AS candidates`,
  (row) => ({ key: text(row.key), candidates: list(text)(row.candidates) }),
);

/** A Lucene query matching names within two edits of the key's words (plain alphanumeric terms). */
function fuzzyQuery(key: string): string | null {
  const terms = normalise(key).split(' ').filter(Boolean).slice(0, 8);
  return terms.length === 0 ? null : terms.map((term) => `searchNames:${term}~`).join(' ');
}

/** The key's first one to three characters: keys that share its start are likely neighbours. */
function prefixes(key: string): string[] {
  return [...new Set([key.slice(0, 3), key.slice(0, 2), key.slice(0, 1)])].filter(Boolean);
}

/** The candidates nearest `key` by edit distance, at most SUGGESTIONS, ties in key order. */
export function nearestKeys(key: string, candidates: readonly string[]): string[] {
  const wanted = key.toLowerCase();
  const allowed = Math.max(2, Math.ceil(wanted.length / 2));
  return [...new Set(candidates)]
    .filter((candidate) => candidate !== key)
    .map((candidate) => ({ candidate, edits: distance(wanted, candidate.toLowerCase()) }))
    .filter((scored) => scored.edits <= allowed)
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .slice(0, SUGGESTIONS)
    .map((scored) => scored.candidate);
}

/** The existing keys nearest each of `keys`, in one bounded round trip. */
export async function suggestKeys(
  db: Database,
  keys: readonly string[],
  withSources = false,
): Promise<Map<string, string[]>> {
  const asked = keys.map((key) => ({ key, prefixes: prefixes(key), fuzzy: fuzzyQuery(key) }));
  const rows = await db.read(KEY_CANDIDATES, {
    asked,
    perRead: CANDIDATES_PER_READ,
    sources: withSources,
  });
  return new Map(rows.map((row) => [row.key, nearestKeys(row.key, row.candidates)]));
}

/**
 * NOT_FOUND for unknown `keys` of `argument`, with `suggestions` (the nearest keys of them all,
 * nearest first) and `suggestionsByKey`. `withSources` also suggests source keys.
 */
export async function unknownKeysWithSuggestions(
  db: Database,
  argument: string,
  keys: string[],
  withSources = false,
): Promise<DomainError> {
  const byKey = await suggestKeys(db, keys, withSources);
  const suggestions = [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))];
  return unknownKeys(argument, keys, {
    suggestions,
    suggestionsByKey: Object.fromEntries(keys.map((key) => [key, byKey.get(key) ?? []])),
  });
}

// A node or source key, or a relation id (its ends and type), that a fact of the graph has.
const FACT_KEY_EXISTS = namedQuery(
  'factKeyExists',
  `
RETURN EXISTS { MATCH (:Entity {key: $key}) } OR EXISTS { MATCH (:Source {key: $key}) }
  OR ($type IS NOT NULL AND EXISTS {
    MATCH (a:Entity {key: $from})-[r]->(b:Entity {key: $to}) WHERE type(r) = $type
  }) AS found`,
  (row) => bool(row.found),
);

/**
 * NOT_FOUND when `key` of `argument` (a node or source key, or a relation id "from|TYPE|to") names
 * no fact of the graph, with the nearest keys as suggestions (of the relation's unknown ends).
 */
export async function checkFactKey(db: Database, argument: string, key: string): Promise<void> {
  const relation = key.includes('|') ? parseRelationId(argument, key) : null;
  const [found] = await db.read(FACT_KEY_EXISTS, {
    key,
    type: relation?.type ?? null,
    from: relation?.from ?? null,
    to: relation?.to ?? null,
  });
  if (found) return;
  if (!relation) throw await unknownKeysWithSuggestions(db, argument, [key], true);
  const ends = [relation.from, relation.to];
  const byKey = await suggestKeys(db, ends);
  const suggestions = [...new Set(ends.flatMap((end) => byKey.get(end) ?? []))];
  throw notFound(argument, `no relation has the id "${key}"`, { suggestions });
}
