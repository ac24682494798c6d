// Whether anything besides the reading that named it backs the page's actor: a guessed actor's
// relations are withheld (session 30): on unseen pages nearly every wrong proposal hangs from one.
import { normalise } from '../text/normalise.js';
import { sentences } from './extract.js';
import { compactName } from './names.js';
import type { ActorReading } from './parse.js';

/** What the gate needs of a reading: its name, acronym, how it was found and the prose. */
export interface ActorReadingFacts {
  name: string;
  acronym: string | null;
  via: ActorReading;
  /** The graph holds the name exactly (or the actor was given with --actor). */
  matched: boolean;
  paragraphs: readonly string[];
  language: string;
  /** The page's address, whose words may spell the name ("…/wiki/Name", "name.org"). */
  sourceUrl: string | null;
}

/** Readings that pick a body among those the page names, rather than take its own title, name
 * field or address: on the development rounds a title line names the right actor three times in
 * four and its proposals are right nine times in ten, a vote or a later reading half the time. */
const GUESSING_READINGS = new Set<ActorReading>([
  'prose',
  'headline',
  'html-title',
  'last-resort',
  'vote',
  'subject',
  'repeated',
  'uptaken',
  'lowercase',
]);

/** Words an opening sentence has at least: a shorter line is a caption, a heading or a date. */
const OPENING_WORDS = 9;

/** The page's first sentence of prose: the one that presents its subject. */
function openingSentence(paragraphs: readonly string[], language: string): string {
  for (const paragraph of paragraphs) {
    // A table row or an infobox line ("Siège | Lyon |") is no prose.
    if (paragraph.includes('|') || paragraph.split(/\s+/u).length < OPENING_WORDS) continue;
    return sentences(paragraph, language)[0] ?? paragraph;
  }
  return '';
}

/** The name (or its acronym) as whole words of the sentence, accents and case aside. */
function writes(sentence: string, phrase: string | null): boolean {
  if (!phrase) return false;
  return ` ${normalise(sentence)} `.includes(` ${normalise(phrase)} `);
}

/** One word of the address ("…/wiki/Name", "name.org", "…/name-news") is the name or its acronym. */
function addressSpells(address: string | null, phrases: readonly (string | null)[]): boolean {
  if (!address) return false;
  const words = new Set(
    address
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .map(compactName),
  );
  return phrases.some(
    (phrase) => !!phrase && compactName(phrase).length >= 3 && words.has(compactName(phrase)),
  );
}

/**
 * Why the actor is a guess, or null when something backs it. A name of one word (an acronym, a
 * heading word, a place) picked from the prose (not the page's title line, name field or address),
 * that the graph does not hold, no word of the address spells and the opening sentence does not
 * write is wrong on five pages of six in the evaluation rounds.
 */
export function unbackedActor(reading: ActorReadingFacts): string | null {
  if (reading.matched || !GUESSING_READINGS.has(reading.via)) return null;
  if (reading.name.trim().split(/\s+/u).length > 1) return null;
  if (addressSpells(reading.sourceUrl, [reading.name, reading.acronym])) return null;
  const opening = openingSentence(reading.paragraphs, reading.language);
  // A page without a sentence of prose (a record, a list) says nothing against its title.
  if (opening === '') return null;
  if (writes(opening, reading.name) || writes(opening, reading.acronym)) return null;
  return `the actor "${reading.name}" is one word that neither the graph, the page's address nor its opening sentence backs`;
}
