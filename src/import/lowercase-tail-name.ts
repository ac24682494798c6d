// A name the capitalised-run finder cuts short: a list item whose name goes on in lowercase.
import { normalise } from '../text/normalise.js';
import { kindOf } from './names.js';
import { CLAUSE_VERBS, STOPWORDS } from './words.js';

/** Lowercase words that say what an item is about, not what it is called ("members", "staff"). */
const NOT_A_NAME_TAIL = new Set(
  [
    'members',
    'member',
    'membres',
    'membre',
    'partners',
    'partenaires',
    'staff',
    'team',
    'office',
    'offices',
    'branch',
    'branches',
    'project',
    'projects',
    'projet',
    'projets',
    'programme',
    'program',
    'region',
    'area',
    'etc',
    'individuals',
    'people',
    'persons',
    'personnes',
    'citizens',
    'groups',
    'organisations',
    'organizations',
  ].map(normalise),
);

/** Verbs and adverbs that turn an item into a clause: "QSEC is also working". */
const VERBS = new Set([...CLAUSE_VERBS, 'also', 'can', 'aussi'].map(normalise));

/** Endings of a finite verb or a participle: "helped", "fondée", "soutenait", "regroupent". */
const VERB_ENDING = /(?:ed|ée?s?|ait|aient|ent)$/u;

/** An item closed by one lowercase kind word in the singular ("… trust", "… cooperative"): a name's head, not a clause's object. */
const endsOnKindWord = (tail: readonly string[]) => {
  const word = tail.at(-1) as string;
  return !/s$/u.test(word) && !VERB_ENDING.test(word) && kindOf(word) !== null;
};

/**
 * An item of an explicit list written as a capitalised word and one to three lowercase words, and
 * nothing more ("Brightmoor weaving collective", "ZED trading"): the whole item is the name.
 */
export function lowercaseTailName(item: string): string | undefined {
  const words = item.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4) return undefined;
  const [first, ...tail] = words as [string, ...string[]];
  if (!/^\p{Lu}[\p{L}'’&-]+$/u.test(first)) return undefined;
  const last = tail.length - 1;
  const plain = tail.every(
    (word, index) =>
      /^\p{Ll}[\p{Ll}-]+$/u.test(word) &&
      // A verb ends the name ("Oxfam helped farmers"), but a word before the item's closing kind
      // word is the name's ("Kigali development trust").
      ((index < last && endsOnKindWord(tail)) || !VERB_ENDING.test(word)) &&
      !VERBS.has(normalise(word)) &&
      !STOPWORDS.has(normalise(word)) &&
      !NOT_A_NAME_TAIL.has(normalise(word)),
  );
  return plain ? words.join(' ') : undefined;
}
