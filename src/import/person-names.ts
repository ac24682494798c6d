// Person names, told by compromise's lexicon of given names and honorifics: a person is never a body.
import nlp from 'compromise';

const BODY_WORD =
  /^(?:Group|Groupe|Co-?op|Co-?operative|Cooperative|Foundation|Fondation|Union|Association|Federation|Fédération|Network|Réseau|Society|Alliance|Bank|Trust|Holdings|Ltd\.?|Limited|Inc\.?|Mutual|Mutuelle|Council|Centre|Center)$/u;

/** "Sarah Stranahan", "Madame Lise Boisvert": the whole phrase names a person. */
export function isPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // "Kerry Group", "Morgan Foundation": a given name before a body word names a body.
  if (BODY_WORD.test(words.at(-1) as string)) return false;
  const people = nlp(phrase).people().out('array') as string[];
  return people.some((person) => person.replace(/[.,;:]+$/u, '') === phrase.trim());
}
