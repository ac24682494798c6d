// The name an acronym stands for when pages write it in French style, lowercase words and all, and
// take more than one letter from a word ("Fédération des œuvres coopératives du MOCC" → FOCOM).
import { normalise } from '../text/normalise.js';
import { CONNECTOR } from './page-actor.js';

/**
 * Whether the words' leading letters (one to `maxPerWord` from each) spell `letters` in order.
 * `skippable[i]`: word i may go unspelled (a connector); `droppableFrom[i]`: every word from i on
 * may be left out once the letters are spelled (connectors, a closing legal form). Memoised by
 * (letter, word) position, so a long capitals token beside many words stays linear.
 */
export function spellsAcronym(
  letters: string,
  forms: readonly string[],
  maxPerWord: number,
  skippable: readonly boolean[] = [],
  droppableFrom: readonly boolean[] = [],
): boolean {
  const known = new Map<number, boolean>();
  const from = (at: number, index: number): boolean => {
    if (at === letters.length) return index === forms.length || droppableFrom[index] === true;
    if (index === forms.length) return false;
    const key = at * (forms.length + 1) + index;
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    const form = forms[index] as string;
    let result = skippable[index] === true && from(at, index + 1);
    for (let take = 1; !result && take <= Math.min(maxPerWord, form.length); take += 1)
      result = letters.startsWith(form.slice(0, take), at) && from(at + take, index + 1);
    known.set(key, result);
    return result;
  };
  return from(0, 0);
}

/** A word's letters as an acronym takes them: "d’Anacarde" gives "ANACARDE", "Œuvres" "OEUVRES". */
export const acronymLetters = (word: string) =>
  normalise(word.replace(/^[ld]['’]/iu, ''))
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(/[^\p{L}]/gu, '')
    .toUpperCase();

/**
 * The first phrase of the text, opened by a capitalised word and closed where the phrase ends (end
 * of text, punctuation, a dash, a number or a capitalised word), whose words spell the acronym.
 */
export function spelledName(acronym: string, text: string): string | null {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  if (letters.length < 3) return null;
  const words = text.split(/\s+/u).filter(Boolean);
  for (let at = 0; at < words.length; at += 1) {
    if (!/^\p{Lu}/u.test(words[at] as string) || CONNECTOR.test(words[at] as string)) continue;
    if (normalise(words[at] as string) === normalise(acronym)) continue;
    for (let end = at + 1; end < Math.min(words.length, at + 10); end += 1) {
      const last = words[end] as string;
      if (CONNECTOR.test(last)) continue;
      const closed = /[,;:.!?)]$/u.test(last);
      const content = words
        .slice(at, end + 1)
        .map((word) => word.replace(/[,;:.!?)]+$/u, ''))
        .filter((word) => !CONNECTOR.test(word));
      if (content.some((word) => normalise(word) === normalise(acronym))) break;
      if (spellsAcronym(letters, content.map(acronymLetters), 3)) {
        const next = words[end + 1];
        if (closed || next === undefined || /^(?:[-–—:(]|\p{Lu}|\d)/u.test(next))
          return words
            .slice(at, end + 1)
            .join(' ')
            .replace(/[,;:.!?)]+$/u, '');
      }
      if (closed) break;
    }
  }
  return null;
}
