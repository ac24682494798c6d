// A new body written as one plain word that the page names only once is most often a place or a
// town's branch ("Among them were Oldport, Brine and Kelso"), not a body worth proposing.
import { normalise } from '../text/normalise.js';
import { isCamelCaseName } from './camel-case-name.js';
import { isAcronym, kindOf } from './names.js';

/** True when `end` is a new one-word name, neither an acronym nor a kind of body, named once in `text`. */
export function isLoneWord(end: { match: string | null; name: string }, text: string): boolean {
  if (end.match !== null) return false;
  const name = end.name.trim();
  // A camel-case word ("SaskCentral") is a brand's spelling, not a town's.
  if (/\s/u.test(name) || isAcronym(name) || isCamelCaseName(name) || kindOf(name) !== null)
    return false;
  const word = normalise(name);
  return ` ${normalise(text)} `.split(` ${word} `).length - 1 <= 1;
}
