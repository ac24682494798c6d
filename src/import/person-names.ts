// Person names, told by compromise's lexicon of given names and honorifics: a person is never a body.
import nlp from 'compromise';

/** "Sarah Stranahan", "Madame Lise Boisvert": the whole phrase names a person. */
export function isPersonName(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  const people = nlp(phrase).people().out('array') as string[];
  return people.some((person) => person.replace(/[.,;:]+$/u, '') === phrase.trim());
}
