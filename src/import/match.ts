// Recognises the graph's actors, events and documents in a phrase, in memory, from one read of their names.
import { distance } from 'fastest-levenshtein';
import { normalise } from '../text/normalise.js';
import type { GraphName } from './graph-names.js';
import { isPlace } from './names.js';
import { contentWords, GENERIC, isGeneric, LEADING, type Token, tokenize } from './words.js';

export interface Match {
  key: string;
  /** 1 for an exact name, alias or acronym; less for a looser match. */
  confidence: number;
  how: 'exact' | 'acronym' | 'date' | 'initials' | 'words' | 'spelling';
}

interface Variant {
  key: string;
  words: string[];
  /** Acronyms compare case-sensitively, so the French word "mes" is not MES. */
  acronym: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
};
const LAW_BY_DATE = new RegExp(
  `\\b(?:law|act|loi)(?: n \\d+ \\d+)? (?:of|du) (?:(\\d{1,2}) )?(${Object.keys(MONTHS).join('|')}) (\\d{4})\\b`,
);

/** Shorter forms a name is also written in: before a dash or a comma, without a parenthesis. */
function derivedForms(name: string): string[] {
  return [
    name.split(/\s[–—-]\s/)[0] ?? name,
    name.split(',')[0] ?? name,
    name.replace(/\s*\([^)]*\)/g, ''),
  ];
}

function stripLeading(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 1 && LEADING.has(words[start] as string)) start += 1;
  return words.slice(start);
}

/** Drops kind words around a name: "the RIPESS network" → "RIPESS". */
function stripKindWords(tokens: Token[]): Token[] {
  let start = 0;
  let end = tokens.length;
  while (start < end && GENERIC.has((tokens[start] as Token).norm)) start += 1;
  while (end > start && GENERIC.has((tokens[end - 1] as Token).norm)) end -= 1;
  return tokens.slice(start, end);
}

const LINKS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the']);

/** A name's words without the linking words between them. */
const withoutLinks = (words: readonly string[]) => words.filter((word) => !LINKS.has(word));

function unique(keys: Iterable<string>): string | undefined {
  const set = new Set(keys);
  return set.size === 1 ? [...set][0] : undefined;
}

export class Matcher {
  private readonly exact = new Map<string, Set<string>>();
  /** Names as written (no qualifier dropped): they win over a form derived from another node's name. */
  private readonly written = new Map<string, Set<string>>();
  private readonly acronyms = new Map<string, Set<string>>();
  private readonly variants: Variant[] = [];
  private readonly wordSets: { key: string; words: Set<string> }[] = [];
  /** Names without the linking words inside them: "CRESS de Corse" is "CRESS Corse". */
  private readonly unlinked = new Map<string, Set<string>>();

  constructor(readonly entries: readonly GraphName[]) {
    for (const entry of entries) {
      const names = [entry.name, ...entry.aliases];
      for (const name of names) {
        this.add(
          this.written,
          stripLeading(normalise(name).split(' ').filter(Boolean)).join(' '),
          entry.key,
        );
      }
      for (const name of new Set([...names, ...names.flatMap(derivedForms)])) {
        const words = stripLeading(normalise(name).split(' ').filter(Boolean));
        if (words.length === 0 || (words.length <= 2 && isGeneric(words))) continue;
        if (words.length === 1 && (words[0] as string).length < 5) continue;
        this.add(this.exact, words.join(' '), entry.key);
        const bare = withoutLinks(words);
        if (bare.length >= 2) this.add(this.unlinked, bare.join(' '), entry.key);
        this.variants.push({ key: entry.key, words, acronym: false });
        this.wordSets.push({ key: entry.key, words: contentWords(name) });
      }
      if (entry.acronym) {
        const raw = tokenize(entry.acronym).map((token) => token.raw);
        this.add(this.acronyms, raw.join(' '), entry.key);
        this.variants.push({ key: entry.key, words: raw, acronym: true });
      }
    }
    // Longest first, so "RIPESS Europe" wins over "RIPESS".
    this.variants.sort((a, b) => b.words.length - a.words.length);
  }

  private add(index: Map<string, Set<string>>, text: string, key: string): void {
    const keys = index.get(text) ?? new Set<string>();
    keys.add(key);
    index.set(text, keys);
  }

  /** The graph node a whole phrase names, or undefined when none does, or several might. */
  matchPhrase(phrase: string): Match | undefined {
    const all = tokenize(phrase);
    const lead = all.findIndex((token) => !LEADING.has(token.norm));
    const tokens = lead < 0 ? [] : all.slice(lead);
    if (tokens.length === 0) return undefined;
    const norms = tokens.map((token) => token.norm);
    if (norms.length <= 2 && isGeneric(norms)) return undefined;
    return (
      this.exactMatch(tokens, 1) ??
      this.exactMatch(stripKindWords(tokens), 0.95) ??
      this.unlinkedMatch(tokens) ??
      this.lawByDate(norms.join(' ')) ??
      this.branchByInitials(tokens) ??
      this.wordsMatch(phrase) ??
      this.spellingMatch(norms.join(' '))
    );
  }

  /** The first known name or acronym written inside a longer phrase, with where it ends. */
  findIn(phrase: string): (Match & { end: number }) | undefined {
    const tokens = tokenize(phrase);
    for (let start = 0; start < tokens.length; start += 1) {
      for (const variant of this.variants) {
        const slice = tokens.slice(start, start + variant.words.length);
        if (slice.length < variant.words.length) continue;
        const same = slice.every((token, index) =>
          variant.acronym
            ? token.raw === variant.words[index]
            : token.norm === variant.words[index],
        );
        const keys = variant.acronym
          ? this.acronyms.get(variant.words.join(' '))
          : this.exactKeys(variant.words.join(' '));
        if (same && keys && keys.size === 1 && keys.has(variant.key)) {
          const how = variant.acronym ? 'acronym' : 'exact';
          return { key: variant.key, confidence: 1, how, end: (slice.at(-1) as Token).end };
        }
      }
    }
    return undefined;
  }

  /** The nodes a normalised name names: when several do, the one that has it as written, if only one. */
  private exactKeys(text: string): Set<string> | undefined {
    const keys = this.exact.get(text);
    if (!keys || keys.size <= 1) return keys;
    const written = this.written.get(text);
    return written?.size === 1 ? written : keys;
  }

  /** The same content words in the same order, only the linking words differ ("de", "of", "the"). */
  private unlinkedMatch(tokens: Token[]): Match | undefined {
    // A name, not a phrase of common nouns ("des associations et des fondations").
    if (!tokens.some((token) => /^\p{Lu}/u.test(token.raw) && !LINKS.has(token.norm)))
      return undefined;
    const bare = withoutLinks(tokens.map((token) => token.norm));
    if (bare.length < 2) return undefined;
    const key = unique(this.unlinked.get(bare.join(' ')) ?? []);
    return key ? { key, confidence: 0.95, how: 'exact' } : undefined;
  }

  private exactMatch(tokens: Token[], confidence: number): Match | undefined {
    if (tokens.length === 0) return undefined;
    const byName = unique(this.exactKeys(tokens.map((token) => token.norm).join(' ')) ?? []);
    if (byName) return { key: byName, confidence, how: 'exact' };
    const byAcronym = unique(this.acronyms.get(tokens.map((token) => token.raw).join(' ')) ?? []);
    return byAcronym ? { key: byAcronym, confidence, how: 'acronym' } : undefined;
  }

  /** "the law of July 2014": a law named by its date. */
  private lawByDate(text: string): Match | undefined {
    const found = LAW_BY_DATE.exec(text);
    if (!found) return undefined;
    const [, day, month = '', year = ''] = found;
    const prefix = `${year}-${String(MONTHS[month]).padStart(2, '0')}`;
    const dated = day ? `${prefix}-${day.padStart(2, '0')}` : prefix;
    const key = unique(
      this.entries
        .filter((entry) => entry.family === 'Law' && entry.date?.startsWith(dated))
        .map((entry) => entry.key),
    );
    return key ? { key, confidence: 0.9, how: 'date' } : undefined;
  }

  /** "Terre de Liens LR": a node's name, then the initials of a regional branch's place ("Languedoc-Roussillon"). */
  private branchByInitials(tokens: Token[]): Match | undefined {
    const last = tokens.at(-1)?.raw ?? '';
    if (tokens.length < 2 || !/^\p{Lu}{2,4}$/u.test(last)) return undefined;
    const head = tokens
      .slice(0, -1)
      .map((token) => token.norm)
      .join(' ');
    if (!this.exact.has(head)) return undefined;
    const key = unique(
      this.entries
        .filter((entry) => {
          const rest = normalise(entry.name).slice(head.length + 1);
          if (!normalise(entry.name).startsWith(`${head} `)) return false;
          return (
            rest
              .split(/[\s-]+/u)
              .map((word) => word[0])
              .join('') === last.toLowerCase()
          );
        })
        .map((entry) => entry.key),
    );
    return key ? { key, confidence: 0.9, how: 'initials' } : undefined;
  }

  /** Same content words up to one extra on either side, across English and French. */
  private wordsMatch(phrase: string): Match | undefined {
    const words = contentWords(phrase);
    let best: { keys: Set<string>; score: number } = { keys: new Set(), score: 0 };
    for (const candidate of this.wordSets) {
      const shared = [...words].filter((word) => candidate.words.has(word));
      const subset = shared.length === words.size || shared.length === candidate.words.size;
      if (!subset || shared.length < 2 || isGeneric(shared)) continue;
      // "New Economy Network" is not "New Economy Network Australia": a place makes another body.
      const extra = [...words, ...candidate.words].filter((w) => !shared.includes(w));
      if (extra.some((word) => isPlace(word)) || isPlace(extra.join(' '))) continue;
      const score = shared.length / Math.max(words.size, candidate.words.size);
      if (score < 0.6) continue;
      if (score > best.score) best = { keys: new Set([candidate.key]), score };
      else if (score === best.score) best.keys.add(candidate.key);
    }
    const key = unique(best.keys);
    return key ? { key, confidence: 0.85, how: 'words' } : undefined;
  }

  /** A small spelling difference in a long enough name: one edit up to 15 letters, two beyond. */
  private spellingMatch(text: string): Match | undefined {
    if (text.length < 8) return undefined;
    const allowed = text.length > 15 ? 2 : 1;
    const keys = new Set<string>();
    for (const [name, nameKeys] of this.exact) {
      if (Math.abs(name.length - text.length) > allowed) continue;
      if (distance(name, text) <= allowed) for (const key of nameKeys) keys.add(key);
    }
    const key = unique(keys);
    return key ? { key, confidence: 0.85, how: 'spelling' } : undefined;
  }
}
