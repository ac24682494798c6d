// A headline written as a sentence ("Barcelona will open its hub next year", "La Région est
// partenaire du projet") states something about a body: its finite verb makes it no name.

import { alternation, BE_HAVE_VERBS, FUTURE_VERBS, MODAL_VERBS } from './words.js';

/**
 * Finite auxiliaries and modals, lowercase: a name capitalises its words or joins them with
 * "of"/"de", it never conjugates one. French "a" is left out: it is also English's article.
 */
const FINITE = new RegExp(
  `^${alternation([...BE_HAVE_VERBS, ...FUTURE_VERBS, ...MODAL_VERBS, 'does', 'did', 'fut', 'devient', 'deviennent'])}$`,
  'u',
);

/**
 * "We lobbied for …", "Nous lançons …", "How co-ops …", "Pourquoi …": a line of four words or more
 * opening on a speaker's pronoun or a question word is a sentence or a question, no body's name.
 */
const SPEAKER_OR_QUESTION =
  /^(?:We|I|Nous|Je|How|Why|What|When|Where|Which|Comment|Pourquoi|Quand|Quels?|Quelles?)$/u;

/**
 * Whether the line reads as a sentence: a capitalised subject, then a finite auxiliary or modal,
 * then more words ("X will open …", "X est lauréat …"). "Together We Can" has none lowercase.
 */
export function readsAsSentence(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length < 4) return false;
  if (SPEAKER_OR_QUESTION.test(words[0] as string)) return true;
  for (let at = 1; at < words.length - 1; at += 1)
    if (FINITE.test(words[at] as string) && /^[«“"‘'(]?\p{Lu}/u.test(words[at - 1] as string))
      return true;
  return false;
}
