// A name read off a headline's opening words that is a clause's piece, not a body's name: bodies
// are named by proper nouns, while a sentence opens with a count, an article, a preposition, a
// pronoun and its verb, or an imperative ("Ten US organisations …", "A Brief History", "In Samoa,
// …", "C'est …", "Découvrez les 5 …").
import { NUMBER_WORDS_VALUE } from './number-words.js';

/** A count in digits, or an ordinal in digits ("5th", "2e"). */
const DIGITS = /^\d+(?:[.,]\d+)?(?:st|nd|rd|th|e|ème|er)?$/u;
/** An indefinite article: a common noun follows it, never a body's own name. */
const INDEFINITE = /^(?:A|An|Un|Une)$/u;
/** Prepositions a clause opens with, English then French. */
const PREPOSITION =
  /^(?:In|On|At|For|With|From|To|Into|Across|Inside|Dans|Pour|Avec|Sur|Depuis|Vers|Selon|Entre)$/u;
/** A pronoun and its verb, elided or not: "C'est", "Il y a", "We are", "It's". */
const PRONOUN_VERB =
  /^(?:C['’]est|Ce\s+sont|Il\s+y\s+a|It['’]s|We['’]re|We\s+are|Nous\s+sommes)\b/u;
/** A web page's call to action in the French imperative ("Découvrez", "Rejoignez"): listed, since
 * Spanish surnames ("Martinez") end in -ez too. */
const IMPERATIVE =
  /^(?:Découvrez|Rejoignez|Soutenez|Participez|Inscrivez|Consultez|Téléchargez|Retrouvez|Lisez|Suivez|Contactez|Votez|Donnez|Adhérez|Devenez|Venez|Faites|Visitez|Regardez|Écoutez)$/u;

/** Whether the first word counts things: "Ten", "4", "5th", "Trois". */
function isCount(word: string): boolean {
  if (DIGITS.test(word)) return true;
  return NUMBER_WORDS_VALUE.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
}

/**
 * Whether a name read is a clause's piece ("Ten US", "A Brief", "In Samoa", "C'est", "Découvrez les
 * 5"): its first word is a count, an indefinite article, a preposition, a pronoun with its verb or
 * an imperative. A rubric before a colon ("Special Report: X brews …") opens a headline too.
 */
export function isClauseFragment(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const [first, second] = words;
  if (first === undefined) return false;
  // "Rejoignez-nous": an imperative and its pronoun make one word.
  if (PRONOUN_VERB.test(name.trim()) || IMPERATIVE.test(first.split('-')[0] as string)) return true;
  // A count, an article or a preposition alone may be a name's piece cut off; before a word, a phrase.
  if (second === undefined) return false;
  if (isCount(first) || INDEFINITE.test(first) || PREPOSITION.test(first)) return true;
  // A rubric and a headline: "Cobrapost Special Report: National … brews a scam".
  return /\S\s?:\s+\S/u.test(name) && words.length >= 5;
}
