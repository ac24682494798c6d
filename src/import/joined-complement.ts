// "Direction du Développement et de la Coopération", "Union des sucreries et distilleries": a second
// complement after "et"/"and" belongs to the name before it, unless it opens another body
// ("… et de l'Union Y", "… et de l'ADEME") or a clause ("… et participe à …").
import { normalise } from '../text/normalise.js';
import { LONE_KIND_NOUNS, LOWERCASE_NAME_HEADS } from './kind-words.js';
import { isAcronym, isPlace, kindOf } from './names.js';
import { CLAUSE_VERBS, STOPWORDS } from './words.js';

/** A linking word that opens a name's complement: "Chambre de …", "Comité … contre la faim". */
const LINK = `(?:(?:de|du|des|of|for|pour|contre|against)\\s+(?:(?:la|le|les|the)\\s+|l['’])?|d['’])`;
/** A lowercase word that is no linking word or article ("durable"), so the complement stays one remit; a capitalised one ("du Col Bleu") makes it a proper name. */
const PLAIN_WORD = `(?!(?:(?:de|du|des|la|le|les|of|the|for|pour)(?![\\p{L}])|[dl]['’]))\\p{Ll}[\\p{L}'’-]*`;

/** A body's head, then one complement ("Chambre de commerce", "Union Tunisienne de l'Agriculture"), just before "et"/"and". */
const NAME_WITH_COMPLEMENT = new RegExp(
  `(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*)?\\s+${LINK}[\\p{L}][\\p{L}'’-]*(?:\\s+${PLAIN_WORD}){0,2}$`,
  'u',
);
/** The same, its complement one lowercase noun ("Union des sucreries"): the noun after "et" is its pair. */
const NAME_WITH_LOWERCASE_COMPLEMENT = new RegExp(
  `(?<![\\p{L}\\p{N}-])\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Ll}[\\p{L}'’-]*)?\\s+${LINK}\\p{Ll}[\\p{L}'’-]*$`,
  'u',
);

/** "et de la …", "et d'…", "and for the …": a complement opened again, and its first word. */
const SECOND_COMPLEMENT =
  /^(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+the\s+|of\s+|for\s+the\s+|for\s+|pour\s+(?:la\s+|le\s+|les\s+|l['’])?)([\p{L}][\p{L}'’-]*)/u;
/** "et distilleries …": a bare lowercase word after "et", the pair of a lowercase complement. */
const BARE_NOUN = /^(\p{Ll}[\p{L}'’-]*)/u;

/** "Il s'agit du Refuge du Col et de la Cabane du Lac": the name before "et" is itself an item after "de", so "et de" repeats the list's "de". */
const LISTED_AFTER_DE =
  /(?:^|[\s(])(?:(?:de|du|des|of|from)\s+(?:(?:la|le|les|the)\s+)?|de\s+l['’]|d['’])$/u;

/** The capitalised words a complement opens with: "Bois Local Coop" in "et de Bois Local Coop". */
const capitalisedRun = (text: string) =>
  /^(?:\p{Lu}[\p{L}'’-]*(?:\s+|$))+/u.exec(text)?.[0].trim() ?? '';

/** Words that open a body of their own: "… et de la Fédération Y", "… et de l'Institut Z". */
const BODY_HEADS = new Set([...LOWERCASE_NAME_HEADS, ...LONE_KIND_NOUNS].map(normalise));
const CLAUSE_WORDS = new Set([...CLAUSE_VERBS].map(normalise));
/** Quantifiers and possessives open another phrase: "… et plusieurs associations", "… and their partners". */
const DETERMINERS = new Set(
  'plusieurs divers diverses nombreux nombreuses certains certaines autres tous toutes leurs ses nos vos several various many numerous some other others all their its our'.split(
    ' ',
  ),
);

/** Whether the complement's first word names another body, a place or an acronym rather than a remit. */
function opensAnotherBody(word: string): boolean {
  const plain = normalise(word);
  return (
    BODY_HEADS.has(plain) ||
    BODY_HEADS.has(plain.replace(/s$/u, '')) ||
    kindOf(word) !== null ||
    isPlace(word) ||
    isAcronym(word)
  );
}

/** Whether a bare word after "et" is a plural noun that pairs with the plural before it, not a verb ("et participe") or a determiner. */
function pairsAsNoun(word: string, before: string): boolean {
  const plain = normalise(word);
  return (
    /[sx]$/u.test(plain) &&
    /[sx]$/u.test(before) &&
    !STOPWORDS.has(plain) &&
    !DETERMINERS.has(plain) &&
    !CLAUSE_WORDS.has(plain) &&
    !/(?:ed|ait|aient)$/u.test(plain) &&
    !opensAnotherBody(word)
  );
}

/** Whether the "et"/"and" at `at` joins a second complement to the name before it. */
function joinsComplement(before: string, after: string): boolean {
  const complement = SECOND_COMPLEMENT.exec(after);
  if (complement) {
    const name = NAME_WITH_COMPLEMENT.exec(before);
    return (
      !!name &&
      !opensAnotherBody(complement[1] as string) &&
      kindOf(
        capitalisedRun(after.slice(complement[0].length - (complement[1] as string).length)),
      ) === null &&
      !LISTED_AFTER_DE.test(before.slice(0, name.index))
    );
  }
  const bare = BARE_NOUN.exec(after);
  return (
    !!bare && pairsAsNoun(bare[1] as string, before) && NAME_WITH_LOWERCASE_COMPLEMENT.test(before)
  );
}

/**
 * The "et"/"and" of `text` that join a second complement to a name ("Fédération du Commerce et de
 * la Distribution"), marked with `mark` so that the list splitter keeps the name whole.
 */
export function keepJoinedComplements(text: string, mark: string): string {
  return text.replace(/ (et|and) /gu, (joint: string, word: string, at: number) =>
    joinsComplement(text.slice(0, at), text.slice(at + joint.length))
      ? `${mark}${word}${mark}`
      : joint,
  );
}
