// Who states a partnership: the name that opens the clause before "works with", "est en partenariat avec".
import { GLOSS } from './general-frames.js';

/**
 * The verb group between a subject and its partnership phrase ("is", "will be", "est également"):
 * auxiliaries and adverbs only, so that "A is managing X and working with B" keeps no subject.
 */
const VERB_GROUP =
  /(?:\s+(?:is|are|was|were|has|have|had|been|be|will|shall|also|now|currently|already|still|closely|actively|recently|today|notably|long|est|sont|était|étaient|a|ont|avait|avaient|été|sera|seront|aussi|également|désormais|déjà|actuellement|toujours|notamment|activement|étroitement))+\s*$/iu;

/**
 * A name that opens its clause and ends the text: capitalised words with their articles and
 * lowercase joining words ("l'Association Conseil pour le Développement"), after the sentence's start,
 * a comma or a clause word; no "and"/"et" inside or before it: a subject list this rule does not read.
 */
const OPENING_NAME =
  /(?:^|[,;:]|(?<![\p{L}])(?:that|which|qui|que|where|où))\s*((?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es)\s+|[Ll]['’]\s*)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:(?:de|du|des|of|for|pour|the|la|le|les|en|in|on|sur|à)\s+|d['’]|l['’])*\s*\p{Lu}[\p{L}\d'’&.-]*)*)\s*$/u;

/** The verb a partnership phrase qualifies: "A is working in partnership with B", "A travaille en lien avec B". */
const ONE_VERB =
  /\s+(?:\p{Ll}+(?:ing|ed)|travaille|travaillent|agit|agissent|intervient|interviennent|œuvre|œuvrent|opère|opèrent)\s*$/u;

/**
 * The name a sentence opens on, then an auxiliary (past a gloss between commas): "A, the apex body,
 * will be managing X and working with B"; "A funded a project working with B" names no partner.
 */
const SENTENCE_SUBJECT =
  /^\s*((?:(?:The|La|Le|Les)\s+|L['’]\s*)?\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?:(?:de|du|des|of|for|pour|the|la|le|les|en|on|sur)\s+|d['’]|l['’])*\s*\p{Lu}[\p{L}\d'’&.-]*)*)(?:\s*,\s*(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?\p{Ll}[^,;:\p{Lu}]*,)?\s+(?:is|are|was|were|has|have|had|will|shall|est|sont|était|étaient|a|ont|avait|avaient|sera|seront|va|vont)\s/u;

/** A sentence's first word that opens an adverbial or a pronoun, not a name: "In April", "Depuis 2003". */
const OPENING_WORD =
  /^(?:In|On|At|For|From|With|By|After|Before|Since|During|Last|This|Today|Thanks|En|Dans|Depuis|Après|Avant|Pour|Avec|Par|Lors|Grâce|Ce|Cette|Ces|Il|Elle|Ils|Elles|Nous|We|It|They|Our|Its|Their|Une?|An?)\s/u;

/**
 * The phrase naming the subject of a partnership stated in the text before its phrase, or undefined
 * when that text is not "Name [, gloss,] [verb group]" (then the clause's subject is read as before).
 */
export function partnershipSubject(before: string): string | undefined {
  // Parentheses are blanked in the text the extractor reads: "A (ACR) est" keeps only spaces.
  const text = before
    .replace(VERB_GROUP, '')
    .replace(ONE_VERB, '')
    .replace(VERB_GROUP, '')
    .replace(GLOSS, '')
    .trimEnd();
  // "A will be managing X and working in partnership with B": A opens the sentence, its verbs share it.
  const name = OPENING_NAME.exec(text)?.[1] ?? SENTENCE_SUBJECT.exec(before)?.[1];
  // "By joining forces with" at a sentence's start: a capitalised word alone may be no name.
  if (!name || /^\p{Lu}\p{Ll}+$/u.test(name.trim()) || OPENING_WORD.test(name)) return undefined;
  return name.trim();
}
