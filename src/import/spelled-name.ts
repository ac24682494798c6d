// The name an acronym stands for when pages write it in French style, lowercase words and all, and
// take more than one letter from a word ("Fédération des œuvres coopératives du MOCC" → FOCOM).
import { normalise } from '../text/normalise.js';
import { CONNECTOR } from './page-actor.js';

/** Whether the words' leading letters (one to three from each) spell the acronym, every word used. */
function spells(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters === '';
  const word = words[0] as string;
  for (let take = 1; take <= Math.min(3, word.length); take += 1)
    if (letters.startsWith(word.slice(0, take)) && spells(letters.slice(take), words.slice(1)))
      return true;
  return false;
}

const letterForm = (word: string) =>
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
      if (spells(letters, content.map(letterForm))) {
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
