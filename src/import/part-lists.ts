// A body's parts: "its three subsidiaries: A, B, C", "through its subsidiary A", "the Group comprises A and B".
import { listItems } from './list-items.js';
import { endsOnCommitteeWord, isPlace } from './names.js';
import { NEGATED_OR_HYPOTHETICAL } from './patterns.js';
import { itemName } from './structure-reader.js';

/** Plural nouns for what a body is divided into: each one named is part of it, never a member. */
const UNIT_PLURAL =
  '(?:subsidiaries|branches|divisions|chapters|sections|departments|filiales|antennes|succursales|délégations|départements)';
/** "its branch in Lyon": a preposition after the unit noun places it, it does not name it. */
const PLACE_WORD = "(?:in|en|at|à|au|aux|of|de|du|des|d['’]|for|pour|on|with|avec|near|près)";
/** The same nouns in the singular, for one part named after them. */
const UNIT_SINGULAR =
  '(?:subsidiary|branch|division|chapter|department|filiale|antenne|succursale|délégation|département)';
/** A count or a determiner before the unit noun: "its three", "four", "deux", "les", "over 20". */
const COUNT_OR_OWNER =
  '(?:(?:its|our|their|the|these|ses|nos|leurs|les|des|ces|de|of)\\s+)?(?:(?:over|more than|some|plus de|près de)\\s+)?(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|several|plusieurs)?';
/**
 * "has three commercial branches:", "through the national branches such as", "deux filiales
 * dédiées :": the unit noun after a count or a determiner and at most three qualifiers, then a
 * colon or an "including" that opens the list (a complement of up to six words may stand between).
 */
const PART_LIST = new RegExp(
  `(?<![\\p{L}])${COUNT_OR_OWNER}\\s*(?:[\\p{Ll}-]+\\s+){0,3}?${UNIT_PLURAL}(?![\\p{L}])((?:\\s+[\\p{Ll}'’-]+){0,6}?)\\s*(?::|,?\\s+(?:such as|including|namely|like|notamment|dont|comme|parmi lesquelles|parmi lesquels|à savoir)\\s)`,
  'u',
);
/**
 * "through its subsidiary, A", "sa division A", "une autre division, A", "through subsidiary A":
 * a possessive or an article, a singular unit noun with up to two qualifiers, the part's name.
 */
const ONE_PART = new RegExp(
  `(?<![\\p{L}])(?:(?:its|our|their|sa|son|notre|leur)\\s+(?:own\\s+)?|(?:a|an|another|one|une|une autre|une première|une seconde|une deuxième|une nouvelle)\\s+|(?<=(?:through|via)\\s))(?:[\\p{Ll}-]+\\s+){0,2}?${UNIT_SINGULAR}(?:\\s+(?!${PLACE_WORD}\\s)[\\p{Ll}-]+){0,2}?\\s*,?\\s+(?=\\p{Lu}|«|")`,
  'u',
);
/**
 * "The CIC Group comprises", "un groupe coopératif …, constitué de", "composé des": the make-up of a
 * group (a group of companies): what it is made of are its parts, where a network has members.
 */
const GROUP_MAKE_UP =
  /(?<![\p{L}])(?:[Gg]roup|[Gg]roupe|[Gg]rupo|[Gg]rupa|[Hh]olding)(?![\p{L}])(?!\s+(?:of|de|d['’]|des|du)\s)[^.;:]{0,120}?(?<![\p{L}])(?:comprises|comprised|comprend|comprenait|(?:is|was|are) (?:composed|made up|comprised) of|consists of|consisted of|made up of|composed of|(?:est |était )?(?:composée?|constituée?)s? (?:de la |de l['’]|des |du |de |d['’]))\s*:?\s*/gu;

/** Where a list with no colon ends: the first lowercase word that no name holds ("… et C pour …"). */
const OPEN_END =
  /\s(?!(?:et|and|de|du|des|of|la|le|les|the|y|en|pour|for|sur|on|d['’]\p{L}+|l['’]\p{L}+)\s)\p{Ll}[\p{L}'’-]*(?=[\s,.;:!?]|$)/u;

/** "REDIMIF in Guatemala", "ASOMIF in the Dominican Republic": the place an item is in is no part of its name. */
const PLACED_IN = /\s(?:in|en|au|aux)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
/** A name run in prose: capitalised words, and lowercase ones only between two of them. */
const NAME_RUN =
  /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*)*/u;

const capitals = (text: string) => text.match(/\p{Lu}/gu)?.length ?? 0;

export interface PartList {
  /** The sentence before the unit noun (or the group): where the owner must be named. */
  before: string;
  /** The parts' names, glosses dropped. */
  names: string[];
}

/** The items of a list: capitalised ones only (a lowercase item is a gloss on the name before it). */
function partNames(list: string): string[] {
  return (
    listItems(list.replace(/\([^()]*\)/gu, ' '))
      .map((item) => item.phrase.trim().replace(/^(?:et|and|de|d['’]|des|du)\s+/iu, ''))
      .filter((phrase) => /^(?:(?:the|la|le|les|l['’])\s*)?[\p{Lu}«"]/u.test(phrase))
      .map((phrase) => itemName(phrase))
      // "composé des Banques populaires …": one word is a part only with two capitals ("REDCOM").
      .filter((name) => name !== '' && !isPlace(name) && (/\s/u.test(name) || capitals(name) >= 2))
  );
}

/** "Its three subsidiaries: A, B and C", "les antennes régionales comme A, B": the parts listed. */
export function partList(sentence: string): PartList | undefined {
  if (NEGATED_OR_HYPOTHETICAL.test(sentence)) return undefined;
  const found = PART_LIST.exec(sentence);
  if (!found) return undefined;
  const rest = sentence.slice(found.index + found[0].length).replace(PLACED_IN, '');
  // After a colon the list runs to the sentence's end; after "such as", to the first clause word.
  const list = found[0].trimEnd().endsWith(':') ? rest : rest.slice(0, OPEN_END.exec(rest)?.index);
  const names = partNames(list);
  return names.length >= 1 ? { before: sentence.slice(0, found.index), names } : undefined;
}

/** "Through its subsidiary A", "sa division A": the one part named, with the text before it. */
export function onePart(sentence: string): PartList | undefined {
  if (NEGATED_OR_HYPOTHETICAL.test(sentence)) return undefined;
  const found = ONE_PART.exec(sentence);
  if (!found) return undefined;
  const rest = sentence.slice(found.index + found[0].length).replace(/^[«"]\s*/u, '');
  const quoted = /^([^»"]+)[»"]/u.exec(rest)?.[1];
  const cut = (quoted ?? NAME_RUN.exec(rest.replace(/[,;:(].*$/u, ''))?.[0] ?? '').trim();
  return cut !== '' && !isPlace(cut)
    ? { before: sentence.slice(0, found.index), names: [cut] }
    : undefined;
}

/** The first group's make-up that is not a committee's ("the Steering Group comprises" lists members). */
function firstCompanyGroup(sentence: string): RegExpExecArray | null {
  GROUP_MAKE_UP.lastIndex = 0;
  for (let found = GROUP_MAKE_UP.exec(sentence); found; found = GROUP_MAKE_UP.exec(sentence)) {
    if (!endsOnCommitteeWord(sentence.slice(0, found.index))) return found;
    GROUP_MAKE_UP.lastIndex = found.index + 1;
  }
  return null;
}

/** "The X Group comprises A, B and C", "groupe …, constitué de A et de B": the group's parts. */
export function groupMakeUp(sentence: string): PartList | undefined {
  if (NEGATED_OR_HYPOTHETICAL.test(sentence)) return undefined;
  const found = firstCompanyGroup(sentence);
  if (!found) return undefined;
  const rest = sentence.slice(found.index + found[0].length);
  const names = partNames(rest.slice(0, OPEN_END.exec(rest)?.index));
  return names.length >= 1
    ? { before: sentence.slice(0, found.index + found[0].length), names }
    : undefined;
}
