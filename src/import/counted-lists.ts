// "Its five federations (A, B, …)", "… de six fédérations nationales … : A ; B": a counted set of bodies, then its names.
import { alternation, MEMBER_KIND_PLURALS } from './kind-words.js';
import { listItems } from './list-items.js';
import { endsCut } from './name-shape-guard.js';
import { isPlace } from './names.js';
import { numberWords } from './number-words.js';
import { itemName } from './structure-reader.js';

/** A count of two or more, in figures or words. */
const COUNT = `(?:\\d{1,3}|${numberWords(2, 12).join('|')})`;
/** Plural kinds of body that a body is made of. */
const KIND = alternation(MEMBER_KIND_PLURALS);
/** "its five federations", "de six grandes fédérations": a possessive or "of", a count, up to two words, the kind. */
const COUNTED = new RegExp(
  `(?:^|\\s)(?:ses|its|their|leurs|our|nos|of|de|following|suivantes|suivants)\\s+${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}?${KIND}(?![\\p{L}])`,
  'iu',
);
/** A relation other than a membership said around the count: partners, funders, clients, a work "with". */
const OTHER_RELATION =
  /(?<![\p{L}])(?:partners?|partenaires?|partenariats?|fund\w*|financ\w*|soutien\w*|support\w*|clients?|beneficiar\w*|bénéficiaires?|recipients?|lauréats?|with|avec|aupr[eè]s)(?![\p{L}])/iu;
/** Between the count and the list's colon: a complement, not a clause. */
const MAX_COMPLEMENT = 200;

export interface CountedList {
  /** The sentence up to the count: where the actor must be named as the subject. */
  before: string;
  /** The names the list gives, glosses dropped. */
  names: string[];
}

/** The text inside the parenthesis that opens at `start`, nested ones kept; undefined when it never closes. */
function parenthesis(text: string, start: number): string | undefined {
  let depth = 0;
  for (let index = start; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    if (text[index] === ')' && --depth === 0) return text.slice(start + 1, index);
  }
  return undefined;
}

/** The counted list a sentence gives, or undefined. */
export function countedList(sentence: string): CountedList | undefined {
  const found = COUNTED.exec(sentence);
  if (!found) return undefined;
  const before = sentence.slice(0, found.index);
  if (OTHER_RELATION.test(before) || OTHER_RELATION.test(found[0])) return undefined;
  const after = sentence.slice(found.index + found[0].length);
  let list: string | undefined;
  if (/^\s?\(/u.test(after)) list = parenthesis(after, after.indexOf('('));
  else {
    const colon = /^([^:()]*?)\s:\s+(.+)$/su.exec(after);
    if (
      colon &&
      (colon[1] as string).length <= MAX_COMPLEMENT &&
      !OTHER_RELATION.test(colon[1] as string)
    )
      list = colon[2];
  }
  if (list === undefined) return undefined;
  // Glosses and acronyms in brackets are not items, even at the start of a joined line ("; (KAFO) et B").
  const names = listItems(list.replace(/\([^()]*\)/gu, ' '))
    .map((item) => itemName(item.phrase.replace(/^[-–—]\s*/u, '')).replace(/^(?:et|and)\s+/iu, ''))
    // "Bénin : A ; Mali : B": the countries that label the items are not items.
    // A name cut on a function word ("… d'épargne et de") lost its end to a line break.
    .filter((name) => name !== '' && !isPlace(name) && !endsCut(name));
  return names.length >= 2 ? { before, names } : undefined;
}
