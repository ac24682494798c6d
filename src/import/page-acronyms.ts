// The acronyms a page spells out once ("the US Agency for International Development (USAID)",
// "NASCO (North American Students of Cooperation)", "l'IRED – Innovations et Réseaux pour le
// Développement –") and then writes alone: English and French name a body in full once, then by
// its acronym. A new body the page names only by such an acronym is proposed under its full name.
import { normalise } from '../text/normalise.js';
import type { Matcher } from './match.js';
import { CONNECTOR } from './page-actor.js';
import type { End, ProposedRelation } from './proposal.js';
import { acronymLetters, spellsAcronym } from './spelled-name.js';

/** An acronym as pages write it: capitals, maybe a digit, a hyphen or a slash ("ICA-AP", "UPA/DI"). */
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{N}&/-]*\p{Lu}`;

/** "Full Name (ACR)": the acronym in parentheses right after the words that spell it. */
const AFTER_NAME = new RegExp(String.raw`\((${ACRONYM})\)`, 'gu');

/** "ACR (Full Name)" and "ACR – Full Name –": the acronym, then its words in parentheses or between dashes. */
const BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${ACRONYM})\s*(?:\(([^()\n]{5,140})\)|\s[-–—]\s([^-–—()\n,;.]{5,140})(?=\s[-–—]|[,;.]))`,
  'gu',
);

/** The longest expansion in a name: at most this many words. */
const MAX_WORDS = 12;

/** Before the name's words, what ends a phrase: a sentence, a clause, a parenthesis or a line. */
const PHRASE_BREAK = /[.!?;:,()\n«»"“”]/u;

/** "l'Agence", "d'Économie": an elided article is not one of the name's words. */
const ELIDED = /^[ldLD]['’]/u;

/** A name's words without the opening elision and closing punctuation: "d'Économie" → "Économie". */
const bare = (word: string) => word.replace(ELIDED, '').replace(/['’]s?$|[,;:.!?)]+$/u, '');

/** Whether the words (connectors aside, each giving one to three letters) spell the acronym. */
function spells(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 2) return false;
  const content = words.map(bare).filter((word) => word !== '' && !CONNECTOR.test(word));
  if (content.length < 2 || content.some((word) => normalise(word) === normalise(acronym)))
    return false;
  return spellsAcronym(letters, content.map(acronymLetters), 3);
}

/** The name's words without the connectors and articles that open it ("the", "la", "of"). */
function trimmed(words: readonly string[]): string | null {
  let at = 0;
  while (at < words.length && CONNECTOR.test(words[at] as string)) at += 1;
  const kept = words.slice(at);
  if (kept.length === 0) return null;
  kept[0] = (kept[0] as string).replace(ELIDED, '');
  kept[kept.length - 1] = (kept[kept.length - 1] as string).replace(/['’]s?$|[,;:.!?]+$/u, '');
  return kept.join(' ');
}

/** The longest run of words right before `at` that spells the acronym, or null. */
function spelledBefore(acronym: string, before: string): string | null {
  const breakAt = Math.max(
    ...[...before.matchAll(new RegExp(PHRASE_BREAK, 'gu'))].map((m) => m.index ?? -1),
    -1,
  );
  const words = before
    .slice(breakAt + 1)
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .slice(-MAX_WORDS);
  for (let start = 0; start < words.length; start += 1) {
    const run = words.slice(start);
    if (CONNECTOR.test(run[0] as string)) continue;
    if (spells(acronym, run)) return trimmed(run);
  }
  return null;
}

/** The whole phrase (in parentheses or between dashes) when its words spell the acronym, or null. */
function spelledWhole(acronym: string, phrase: string): string | null {
  const words = phrase.trim().split(/\s+/u).filter(Boolean);
  if (words.length > MAX_WORDS || !/^(?:[ldLD]['’])?\p{Lu}/u.test(words[0] ?? '')) return null;
  return spells(acronym, words) ? trimmed(words) : null;
}

/**
 * Each acronym the page spells out, with its full name; an acronym spelled out two different ways
 * is left out (two bodies share it, or one reading is wrong).
 */
export function pageAcronyms(text: string): Map<string, string> {
  const found = new Map<string, string | null>();
  const note = (acronym: string, name: string | null) => {
    if (name === null) return;
    const seen = found.get(acronym);
    if (seen === undefined) found.set(acronym, name);
    else if (seen !== null && normalise(seen) !== normalise(name)) found.set(acronym, null);
  };
  for (const match of text.matchAll(AFTER_NAME))
    note(match[1] as string, spelledBefore(match[1] as string, text.slice(0, match.index)));
  for (const match of text.matchAll(BEFORE_NAME))
    note(match[1] as string, spelledWhole(match[1] as string, (match[2] ?? match[3]) as string));
  const out = new Map<string, string>();
  for (const [acronym, name] of found) if (name !== null) out.set(acronym, name);
  return out;
}

/** "the USAID", "l'ADCVI": the acronym a new end's name is, without its article. */
const ACRONYM_END = new RegExp(String.raw`^(?:(?:the|le|la|les)\s+|[lL]['’])?(${ACRONYM})$`, 'u');

/**
 * The proposals with every new end named only by an acronym the page spells out renamed to its full
 * name (the graph's node when the graph writes that name), the acronym kept for the new actor.
 */
export function spelledOutAcronyms(
  relations: readonly ProposedRelation[],
  text: string,
  matcher: Matcher,
): ProposedRelation[] {
  const table = pageAcronyms(text);
  if (table.size === 0) return [...relations];
  return relations.map((relation) => {
    let out = relation;
    for (const side of ['from', 'to'] as const) {
      const end: End = out[side];
      const acronym = end.match === null ? ACRONYM_END.exec(end.name.trim())?.[1] : undefined;
      const name = acronym === undefined ? undefined : table.get(acronym);
      if (acronym === undefined || name === undefined) continue;
      const known = matcher.matchPhrase(name);
      const match = known && (known.how === 'exact' || known.how === 'acronym') ? known.key : null;
      const renamed = { match, name };
      out = {
        ...out,
        [side]: renamed,
        ...(out.other && out.other.name === end.name ? { other: renamed } : {}),
        ...(match === null ? { acronyms: { ...out.acronyms, [name]: acronym } } : {}),
      };
    }
    return out;
  });
}
