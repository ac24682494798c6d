// "Moss Foods of Ardley, Vermont": where a business sits, written after its name, is no part of it.

import { APPOSED_KIND_NOUNS, LONE_KIND_NOUNS } from './kind-words.js';

const CAPITALISED = "\\p{Lu}[\\p{L}'’.&-]*";
/**
 * A name of two capitalised words or more, "of", one capitalised word (the town), a comma and one
 * or two capitalised words (its region) that end the clause or go on with a lowercase word.
 */
const NAME_OF_TOWN = new RegExp(
  `^(\\s*(?:(?:the|The)\\s+)?${CAPITALISED}(?:\\s+${CAPITALISED})+)\\s+of\\s+${CAPITALISED},\\s+${CAPITALISED}(?:\\s+${CAPITALISED})?(?=\\s+\\p{Ll}|\\s*[.;:]|\\s*$)`,
  'u',
);
/** "National Bank of Greece, Athens", "Credit Union of Ontario, Canada": a kind's place is its name. */
const KIND_LAST = new RegExp(
  `(?:^|\\s)(?:${[...APPOSED_KIND_NOUNS, ...LONE_KIND_NOUNS].join('|')}|companies|co|ltd|inc|limited)$`,
  'iu',
);

/** The text with a town and region after a name left out, when a kind noun does not end the name. */
export function withoutTownAfterName(text: string): string {
  const found = NAME_OF_TOWN.exec(text);
  if (!found || KIND_LAST.test((found[1] as string).trim())) return text;
  return `${found[1]}${text.slice(found[0].length)}`;
}
