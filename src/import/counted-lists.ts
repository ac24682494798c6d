// "Its five federations (A, B, …)", "… de six fédérations nationales … : A ; B": a counted set of bodies, then its names.

import { normalise } from '../text/normalise.js';
import { ANNOUNCING_KIND_PLURALS, MEMBER_KIND_PLURALS } from './kind-words.js';
import { listItems } from './list-items.js';
import { endsCut } from './name-shape-guard.js';
import { isHeading, isPlace, withoutLeadingWords } from './names.js';
import { NUMBER_WORDS_VALUE, numberWords } from './number-words.js';
import { isPersonName } from './person-names.js';
import { itemName } from './structure-reader.js';
import { alternation } from './words.js';

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
    const colon = /^([^:()]*?)\s?:\s+(.+)$/su.exec(after);
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

/** Words that end a noun phrase: between the count and the kind only qualifiers stand. */
const FUNCTION_WORD = `(?:of|de|du|des|d'|the|les|la|le|at|à|and|et|with|avec|by|par|for|pour|in|en|to|${numberWords(2, 12).join('|')})`;
/** "les communes de", "seven leading local MFIs", "sept partenaires-clés de l'écosystème": a determiner
 * or a count, up to three words, a plural kind of body (a hyphened qualifier kept). */
const ANNOUNCED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:les|the|ses|its|their|leurs|our|nos|these|ces|des)\\s+(?:(${COUNT})\\s+)?|(${COUNT})\\s+)(?:(?!${FUNCTION_WORD}\\s)[\\p{L}-]+\\s+){0,3}?${alternation(ANNOUNCING_KIND_PLURALS)}(?:-[\\p{L}]+)?(?![\\p{L}])`,
  'giu',
);
/** After the kind: a colon, "de/of" and a capital, or a short complement (no clause: no comma) and a parenthesis. */
const LIST_OPENING =
  /^(?:\s*:\s*|\s+(?:de|of)\s+(?=\p{Lu})|([^().,:;!?]{0,160}?)\s?\((?=[^()]*\)))/u;
/** A word the page's lost spaces glued to the next name: "BernexVeyrier". */
const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u;
/** The same glued pair inside a text. */
const GLUED_PAIR = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}(?![\p{L}])/gu;

/** Where a list with no bracket ends: the first lowercase word that no name holds ("… and C agree to"). */
const OPEN_LIST_END =
  /\s(?!(?:et|and|de|du|des|of|la|le|les|the|y|en|pour|for|sur|on)\s)\p{Ll}[\p{L}'’-]*[\s,.;:!?]/u;

/** The items of a list with no bracket: up to the first lowercase word that no name holds. */
function openList(text: string): string {
  const end = OPEN_LIST_END.exec(text);
  return end ? text.slice(0, end.index) : text;
}

export interface AnnouncedList {
  /** The sentence with the announcement taken out, so that its verb governs the items. */
  sentence: string;
  /** The items' names. */
  names: string[];
}

/** The count a match gives, in figures or words; undefined when none is written. */
function countOf(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  return /^\d+$/u.test(written) ? Number(written) : NUMBER_WORDS_VALUE.get(written.toLowerCase());
}

/** The items of a list, split where lost spaces glued two names when that makes the count agree. */
function checkedItems(
  list: string,
  count: number | undefined,
): { names: string[]; unglued: boolean } | undefined {
  const names = listItems(list.replace(/\([^()]*\)/gu, ' '))
    .map((item) => itemName(item.phrase))
    .filter((name) => name !== '');
  if (count === undefined) return names.length >= 2 ? { names, unglued: false } : undefined;
  if (names.length === count) return { names, unglued: false };
  const split = names.flatMap((name) => {
    const glued = GLUED.exec(name);
    return glued ? [glued[1] as string, glued[2] as string] : [name];
  });
  return split.length === count ? { names: split, unglued: true } : undefined;
}

/**
 * A plural kind of body that announces the list after it ("… avec les communes de A, B et C",
 * "Seven MFIs: A, B … agree to …", "… de sept partenaires (A, B …)"): each item is a body, and the
 * sentence's verb governs them. A written count must agree with the items, else no list.
 */
export function announcedList(sentence: string): AnnouncedList | undefined {
  for (const found of sentence.matchAll(ANNOUNCED)) {
    // "la Fédération des Entreprises de …": a capitalised kind word is part of a name.
    if (/(?:^|\s)\p{Lu}\p{Ll}[\p{L}-]*$/u.test(found[0])) continue;
    const end = found.index + found[0].length;
    const opening = LIST_OPENING.exec(sentence.slice(end));
    if (!opening) continue;
    const count = countOf(found[1] ?? found[2]);
    const listStart = end + opening[0].length;
    const inBrackets = opening[0].endsWith('(');
    const close = inBrackets ? sentence.indexOf(')', listStart) : -1;
    const list = inBrackets
      ? sentence.slice(listStart, close)
      : openList(sentence.slice(listStart));
    const checked = checkedItems(list, count);
    if (!checked) continue;
    const rest = inBrackets ? sentence.slice(close + 1) : sentence.slice(listStart);
    const items = inBrackets ? `${list}${rest}` : rest;
    // Names split where lost spaces glued them are written apart for the verb's reader too.
    const written = checked.unglued
      ? items.replace(GLUED_PAIR, (pair) => pair.replace(GLUED, '$1, $2'))
      : items;
    return { sentence: `${sentence.slice(0, found.index)}${written}`, names: checked.names };
  }
  return undefined;
}

/** An announced item that is still no body: a country, a heading, a person, a lowercase phrase. */
export function isAnnouncedBody(name: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(name) && !isPlace(name) && !isHeading(name) && !isPersonName(name);
}

/** How an announced item is compared with a phrase the readers resolve: "the X" and "X" alike. */
export const announcedKey = (name: string) => normalise(withoutLeadingWords(name));
