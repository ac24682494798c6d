// Word lists and the token view of text that matching and extraction share.
import { normalise } from '../text/normalise.js';

/** Month names, French (with and without accents) and English, lowercase. */
const MONTH_WORDS = [
  'janvier',
  'février',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** One month name, for a pattern with the `i` flag. */
export const MONTH_NAME = `(?:${MONTH_WORDS.join('|')})`;

/** Words as one alternation whose first letter may be a capital, for a case-sensitive pattern. */
const anyFirstCapital = (words: readonly string[]) =>
  `(?:${words.map((word) => `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`).join('|')})`;

/** One month name, lowercase or capitalised, for a case-sensitive pattern. */
export const MONTH_NAME_ANY_CAPITAL = anyFirstCapital(MONTH_WORDS);

/** French "see the light of day" in the tenses pages use for a founding ("a vu / voit / vit le jour"). */
const SAW_THE_DAY_VERBS = ['a vu', 'voit', 'voient', 'vit'];

/** "a vu le jour" and its tenses, for a pattern with the `i` flag. */
export const SAW_THE_DAY = `(?:${SAW_THE_DAY_VERBS.join('|')}) le jour`;

/** "a vu le jour" and its tenses, lowercase or capitalised, for a case-sensitive pattern. */
export const SAW_THE_DAY_ANY_CAPITAL = `${anyFirstCapital(SAW_THE_DAY_VERBS)} le jour`;

/** Finite forms of "be" and "have", English and French ("… has joined", "… est membre", "… étaient"). */
export const BE_HAVE_VERBS = [
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'est',
  'sont',
  'ont',
  'était',
  'étaient',
] as const;

/** Modals, English and French: a name never conjugates one ("… will open", "… peuvent adhérer"). */
export const MODAL_VERBS = [
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'peut',
  'peuvent',
  'doit',
  'doivent',
  'pourra',
  'pourront',
] as const;

/** French near and simple futures' auxiliaries ("… vont promouvoir", "… sera"). */
export const FUTURE_VERBS = ['va', 'vont', 'sera', 'seront'] as const;

/** Auxiliaries after a name that make the phrase a clause ("… has joined", "… est membre"). */
export const CLAUSE_VERBS = [...BE_HAVE_VERBS, 'will'] as const;

/** Words as one alternation for a pattern ("(?:a|b)"); hyphens and letters need no escape. */
export const alternation = (words: readonly string[]) => `(?:${words.join('|')})`;

/** A legal form closing a name ("… Ltd.", "… S.C.", "… e.V."), as `normalise` writes it without spaces. */
export const LEGAL_FORM =
  /^(?:ltd|limited|inc|llc|corp|plc|pty|ltda|gmbh|ag|eg|ev|sarl|sa|sas|sc|scrl|sprl|srl|asbl|aisbl|vzw|scic|cic|ltee)$/u;

/** A name as a literal inside a pattern. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Edges of a whole word, no letter or digit beside it: JavaScript's `\b` takes "é" for a boundary ("Réunion" holds "union"). */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Edges only a letter breaks: a digit may touch the word ("MES2024" still writes MES). */
export const LETTERS_START = '(?<![\\p{L}])';
export const LETTERS_END = '(?![\\p{L}])';

/** Either edge of a word, as `\b` would be if it knew every letter. */
export const WORD_EDGE = `(?:${WORD_START}(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])${WORD_END})`;

/** A pattern that matches only whole words. */
export const wholeWords = (source: string, flags = 'u') =>
  new RegExp(`${WORD_START}(?:${source})${WORD_END}`, flags);

/** A pattern that matches only whole words, where a digit beside the word does not count. */
export const wholeLetterWords = (source: string, flags = 'u') =>
  new RegExp(`${LETTERS_START}(?:${source})${LETTERS_END}`, flags);

export interface Token {
  /** Normalised: lowercase, no accents. */
  norm: string;
  /** As written, without accents (acronyms compare case-sensitively on this). */
  raw: string;
  start: number;
  end: number;
}

/** Words of a text with their offsets; `norm` is what `normalise` gives for the word. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => {
    const raw = match[0].normalize('NFD').replace(/\p{Diacritic}/gu, '');
    return { norm: raw.toLowerCase(), raw, start: match.index, end: match.index + match[0].length };
  });
}

/** Articles, possessives and "former" that may open a name in running text. */
export const LEADING = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'former',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'son',
  'sa',
  'ses',
  'leur',
  'ce',
  'cette',
  'ancien',
  'ancienne',
  'de',
  'du',
  'des',
  'd',
]);

/** Function words, dropped when names are compared word by word. */
export const STOPWORDS = new Set([
  ...LEADING,
  'of',
  'for',
  'and',
  'to',
  'on',
  'in',
  'at',
  'pour',
  'et',
  'en',
  'au',
  'aux',
  'sur',
  'par',
]);

/** Words that name a kind of body, not a body: a name made only of these never matches. */
export const GENERIC = new Set([
  'network',
  'networks',
  'movement',
  'movements',
  'collective',
  'federation',
  'federations',
  'association',
  'organisation',
  'organization',
  'council',
  'committee',
  'group',
  'body',
  'structure',
  'platform',
  'work',
  'level',
  'reseau',
  'reseaux',
  'mouvement',
  'collectif',
  'conseil',
  'comite',
  'groupe',
  'groupement',
  'plateforme',
  'travaux',
  'national',
  'nationale',
  'regional',
  'international',
  'european',
  'europeen',
  // "the Alliance" is how ICA's pages name it, and the last word of many other bodies' names.
  'alliance',
  'alliances',
  'coalition',
]);

/** English words mapped to the French word a name would use, so "collective for the transition" meets "Collectif pour une Transition". */
const GLOSSARY: Record<string, string> = {
  collective: 'collectif',
  network: 'reseau',
  movement: 'mouvement',
  council: 'conseil',
  higher: 'superieur',
  solidarity: 'solidaire',
  economy: 'economie',
  social: 'sociale',
  assembly: 'assemblee',
  good: 'bonne',
  bonnes: 'bonne',
  practices: 'pratique',
  practice: 'pratique',
  pratiques: 'pratique',
  law: 'loi',
  citizen: 'citoyenne',
  citoyen: 'citoyenne',
  european: 'europeen',
  europeenne: 'europeen',
  sse: 'ess',
  intercontinental: 'intercontinental',
};

const SSE_PHRASES =
  /\b(?:economie sociale et solidaire|social and solidarity economy|social solidarity economy|economie sociale solidaire)\b/g;

/** The content words of a name, in one language as far as the glossary goes: a set to compare. */
export function contentWords(text: string): Set<string> {
  const words = normalise(text)
    .replace(SSE_PHRASES, 'ess')
    .split(' ')
    .filter((word) => word !== '' && !STOPWORDS.has(word));
  return new Set(words.map((word) => GLOSSARY[word] ?? word));
}

/** True when no word of the text names a particular body. */
export function isGeneric(words: Iterable<string>): boolean {
  for (const word of words) if (!GENERIC.has(word) && !STOPWORDS.has(word)) return false;
  return true;
}
