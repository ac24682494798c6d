// A body the prose writes in lowercase with its acronym after it ("l'union régionale des
// coopératives agricoles (Urca)"): the acronym's letters spell the lowercase words, so they are one
// body's name, though no capital marks it.

import { kindOf } from './names.js';
import { CONNECTOR, initialsOf } from './page-actor.js';

/** "(Urca)", "(UNCPM)": an acronym of three to eight letters in parentheses. */
const ACRONYM_IN_BRACKETS = /\((\p{Lu}[\p{L}]{2,7})\)/gu;

/** A lowercase word of a name, an elided article allowed before it ("l'union"). */
const LOWERCASE_WORD = /^(?:[ld]['’])?\p{Ll}[\p{Ll}'’-]*$/u;

/** The lowercase words right before `at` in `text`, back to a punctuation mark or a capital. */
function lowercaseRunBefore(text: string, at: number): string[] {
  const words = text.slice(0, at).trimEnd().split(/\s+/u);
  const run: string[] = [];
  for (let index = words.length - 1; index >= 0 && run.length < 14; index -= 1) {
    const word = words[index] as string;
    if (!LOWERCASE_WORD.test(word)) break;
    run.unshift(word);
  }
  return run;
}

/**
 * The first body the opening paragraphs write in lowercase before an acronym whose letters are the
 * initials of its words, the shortest such run that opens on a kind of body ("union …", "réseau …",
 * "network …"); null when none does.
 */
export function lowercaseSpelledBody(
  paragraphs: readonly string[],
): { name: string; acronym: string } | null {
  for (const paragraph of paragraphs.slice(0, 3))
    for (const found of paragraph.matchAll(ACRONYM_IN_BRACKETS)) {
      const acronym = found[1] as string;
      const run = lowercaseRunBefore(paragraph, found.index);
      for (let start = run.length - 2; start >= 0; start -= 1) {
        const words = run.slice(start);
        if (CONNECTOR.test(words[0] as string)) continue;
        if (initialsOf(words) !== acronym.toUpperCase()) continue;
        const name = words.join(' ').replace(/^[ld]['’]/u, '');
        if (kindOf(name) !== null) return { name, acronym };
      }
    }
  return null;
}
