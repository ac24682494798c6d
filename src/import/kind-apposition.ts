// "the regional dairy company Valley Creamery", "la société Delta": a singular kind noun set before a name.

import { APPOSED_KIND_NOUNS } from './kind-words.js';

const KIND_ALTERNATION = APPOSED_KIND_NOUNS.join('|');

/**
 * An article (or none), up to six describing words, a lowercase kind noun, then a capitalised
 * word: what stands before the name ("the regional cheese and butter retail chain ", "la société ").
 */
const KIND_APPOSITION = new RegExp(
  `^\\s*(?:(?:the|a|an|le|la|les|un|une)\\s+|l['’]\\s*)?(?:[\\p{L}'’&-]+\\s+){0,6}?(?:${KIND_ALTERNATION})\\s+(?=\\p{Lu})`,
  'u',
);

/** The text from the name on, when a singular kind noun in apposition opens it; else undefined. */
export function afterKindApposition(text: string): string | undefined {
  const found = KIND_APPOSITION.exec(text);
  return found ? text.slice(found[0].length) : undefined;
}
