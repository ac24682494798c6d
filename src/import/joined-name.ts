// One name cut in two at "and"/"et": the page writes the name joined by a conjunction to more of itself.
import nlp from 'compromise';
import { cutsFixedPhrase } from './fixed-phrases.js';
import { isPlace, kindOf } from './names.js';
import { initialsOf } from './page-actor.js';
import { isPersonName } from './person-names.js';
import { escapeRegExp } from './words.js';

/** "and", "et", and the Italian, Spanish and Portuguese "e"/"y" that join two words of one name. */
const JOINER = /^\s+(?:and|et|e|y|&)\s+/u;

/** The capitalised words after the conjunction (an elided article inside: "de l’Economie"), then
 * the acronym in parentheses if one follows. */
const RUN_AFTER =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|de|du|des|the|la|le|di|del|della|do|da)\s+)?(?:[ld]['’])?\p{Lu}[\p{L}'’-]*)*)(?:\s*\(([^)]+)\))?/u;

/** The capitalised words before the conjunction that joins them to the name. */
const RUN_BEFORE =
  /(?<![\p{L}'’])(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|de|du|des|the|la|le|di|del|della|do|da)\s+)?(?:[ld]['’])?\p{Lu}[\p{L}'’-]*)*)\s+(?:and|et|e|y|&)\s+$/u;

/** How country names join their parts: CLDR writes "Trinidad & Tobago", "Trinité-et-Tobago". */
const PLACE_JOINERS = [' & ', ' and ', '-et-', ' et '];

const words = (text: string) => text.trim().split(/\s+/u);

/** "ANCPL/LEGACOOP", "RIPESS EU": the first acronym of the parentheses, in capitals only. */
const acronymLetters = (gloss: string | undefined) =>
  (gloss ?? '')
    .trim()
    .split(/[\s/,;]/u)[0]
    ?.replace(/[^\p{Lu}]/gu, '') ?? '';

/** Whether the acronym spells on past the conjunction: both parts together open with its letters, neither alone is it. */
function spellsWhole(left: string, right: string, gloss: string | undefined): boolean {
  const letters = acronymLetters(gloss);
  if (letters.length < 3) return false;
  const leftLetters = initialsOf(words(left));
  return (
    initialsOf(words(`${left} ${right}`)).startsWith(letters) &&
    letters.length > leftLetters.length &&
    initialsOf(words(right)) !== letters
  );
}

/** Linking words a run's tail never opens with ("of World Economy"). */
const LINKING_WORD = /^(?:of|de|du|des|the|la|le|di|del|della|do|da)$/u;

/** The tails of a run of words that open on a word of the name, longest first. */
const tailsOf = (run: readonly string[]) =>
  run.flatMap((word, index) => (LINKING_WORD.test(word) ? [] : [run.slice(index).join(' ')]));

/**
 * Whether a run ends on an adjective that waits for the noun after the conjunction: "University of
 * National and World Economy", "Economic and Social Council" share one head. Only an adjective alone
 * or after a linking word: "Brine Mutual", "Oxfam International" are whole names; so is one ending
 * on a kind word ("X Cooperative and Y") or a place ("Guadalcanal and Malaita").
 */
function awaitsItsNoun(run: string): boolean {
  const last = words(run).at(-1) as string;
  const previous = words(run).at(-2);
  if (previous !== undefined && !LINKING_WORD.test(previous.toLowerCase())) return false;
  if (kindOf(last) !== null || isPlace(last)) return false;
  const tagged = nlp(last.toLowerCase());
  return tagged.has('#Adjective') && !tagged.has('#Noun');
}

/** Where `evidence` writes `name` as whole words. */
function placesOf(name: string, evidence: string): number[] {
  // A reader may give the name a straight apostrophe where the page writes a curly one.
  const written = escapeRegExp(name).replace(/['’]/gu, "['’]");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${written}(?![\\p{L}\\p{N}])`, 'gu');
  return [...evidence.matchAll(pattern)].map((match) => match.index);
}

/**
 * Whether every place `evidence` writes `name` is half of one longer name joined by a conjunction:
 * an acronym after it spells both halves ("Associazione Nazionale Cooperative de Produzione e
 * Lavoro (ANCPL)"), a given name ends it before another person's name ("Fondation Lucie et André
 * Chagnon": a body named after a couple), or its last words and the next form one country
 * ("League of Trinidad and Tobago"), or it holds one side of a fixed phrase ("Meurthe et Moselle").
 */
export function isHalfOfJoinedName(name: string, evidence: string): boolean {
  const text = name.trim();
  const places = placesOf(text, evidence);
  if (places.length === 0) return false;
  return places.every((at) => {
    // "Département de Meurthe" of "Meurthe et Moselle", "Centre for Social" of "Social and Solidarity …".
    if (cutsFixedPhrase(evidence, at, at + text.length)) return true;
    const after = evidence.slice(at + text.length);
    const joiner = JOINER.exec(after);
    const next = joiner ? RUN_AFTER.exec(after.slice(joiner[0].length)) : null;
    if (next) {
      const [, run, gloss] = next as unknown as [string, string, string | undefined];
      // "Vietnam Handicraft Research and Promotion Center (HRPC)": the acronym may spell a tail.
      if (tailsOf(words(text)).some((tail) => spellsWhole(tail, run, gloss))) return true;
      if (awaitsItsNoun(text)) return true;
      const last = words(text).at(-1) as string;
      const person = words(run).slice(0, 2).join(' ');
      if (words(text).length > 1 && nlp(last).has('#FirstName') && isPersonName(person))
        return true;
      const tail = words(text).slice(-2);
      const country = (index: number) =>
        PLACE_JOINERS.some((and) =>
          isPlace(`${tail.slice(index).join(' ')}${and}${words(run)[0]}`),
        );
      if (tail.some((_, index) => country(index))) return true;
    }
    // The second half: "… Produzione e Lavoro (ANCPL)" read as "Lavoro".
    const before = RUN_BEFORE.exec(evidence.slice(0, at));
    const gloss = /^\s*\(([^)]+)\)/u.exec(after)?.[1];
    if (before === null) return false;
    if (awaitsItsNoun(before[1] as string)) return true;
    // The run may open with a capitalised word of the sentence ("Avec le Réseau …"): any tail of it.
    return tailsOf(words(before[1] as string)).some((tail) => spellsWhole(tail, text, gloss));
  });
}
