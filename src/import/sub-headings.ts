// A sub-heading inside a list under a cue heading that groups its bodies by kind ("Organisations paysannes").
import { normalise } from '../text/normalise.js';
import { BODY_GROUP } from './structure-lexicon.js';

const MAX_SUB_HEADING_WORDS = 6;
/** "perou Institutions de microfinance": a saved image's lowercase one-word label glued before the line. */
const GLUED_LABEL = /^\p{Ll}[\p{Ll}\d_-]*\s+(?=\p{Lu})/u;

/**
 * The sub-heading a line is when it names a kind of body the list's items belong to: short, no
 * sentence, no figure, its words past the first lowercase ("Fondation Velmora" is an item, a body).
 */
export function groupSubHeading(line: string): string | undefined {
  const text = line
    .trim()
    .replace(GLUED_LABEL, '')
    .replace(/\s*:\s*$/u, '');
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_SUB_HEADING_WORDS) return undefined;
  if (/[.!?;,|\d()]/u.test(text) || !/^\p{Lu}/u.test(text)) return undefined;
  if (words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return undefined;
  return BODY_GROUP.test(normalise(text)) ? text : undefined;
}
