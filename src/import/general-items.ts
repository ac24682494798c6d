// What the general reader takes for a body's phrase: one that opens with a name, not a date, a count or a person.
import { DATE_OR_COUNT, PERSON_TITLE } from './general-lexicon.js';

/** An item that opens with a name (after its article), not a date, a count, a possessive or a person. */
export function isBodyPhrase(phrase: string): boolean {
  // Whole articles only: "Department", "Leading" keep their first letters.
  const text = phrase.replace(/^\s*(?:(?:the|le|la|les|of|de|du|des)\s+|[ld]['’]\s*)*/iu, '');
  return (
    /^\p{Lu}/u.test(text) &&
    !DATE_OR_COUNT.test(text) &&
    !/['’]s(?![\p{L}])/u.test(text) &&
    !PERSON_TITLE.test(text) &&
    !PROGRAMME.test(text)
  );
}

/** "Holland's Achmea", "World Council's Worldwide Foundation": the name after an owner's possessive. */
export const afterPossessive = (phrase: string) =>
  phrase.replace(/^\s*(?:the\s+)?\p{Lu}[^'’,;]*?\p{L}['’]s\s+(?=\p{Lu})/u, '');

/** "the CDFI Fund Rapid Response Program": a programme or project is run by a body, it is not one. */
const PROGRAMME =
  /(?<![\p{L}])(?:Program|Programme|Programs|Programmes|Project|Projet|Projects|Projets)\s*$/u;
