// "the Harbour Studies Centre at Coast University", "le Laboratoire X de l'Université de Y": a
// research or teaching unit written with its university is part of that university.
import type { Body, Reading } from './reader-context.js';
import { UNIT_HEADS_EN, UNIT_HEADS_FR } from './unit-heads.js';

/** A capitalised word of a name: "Pan-Marsh", "Saint-Roch". */
const CAP = '\\p{Lu}[\\p{L}\\p{N}-]*';
/** The head words of a unit inside a university, English and French. */
const UNIT_HEAD = [...UNIT_HEADS_EN, ...UNIT_HEADS_FR].join('|');
/** French: the head first, then its complement ("Institut de recherche sur les coopératives"). */
const UNIT_HEAD_FIRST = `(?:${UNIT_HEAD})(?:\\s+(?!(?:de l['’]|du|of|at)\\s+(?:the\\s+)?(?:${CAP}\\s+)*(?:Universit|College|Collège))[\\p{L}\\p{N}'’-]+){0,10}?`;
/** English: capitalised words, then the head ("Harbour Studies Centre"). */
const UNIT_HEAD_LAST = `(?:${CAP}\\s+){1,5}(?:${UNIT_HEAD})`;
/** An acronym in brackets after the unit's name: "(HSC)". */
const BRACKETS = '(?:\\s*\\([^)]{1,15}\\))?';
/** The link between the unit and its university. */
const LINK = "\\s+(?:de l['’]\\s*|du\\s+|of\\s+(?:the\\s+)?|at\\s+(?:the\\s+)?)";
/** The university: "Université de Carthage", "University of Tides", "Coast State University", "Collège universitaire de X". */
const UNIVERSITY = `(?:Universit[éy]|College|Collège)(?:\\s+universitaire)?(?:\\s*(?:(?:of|de|d['’]|du)\\s*)?${CAP})+|(?:${CAP}\\s+)+(?:University|College)`;
const UNIT_OF_UNIVERSITY = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<unit>${UNIT_HEAD_LAST}|${UNIT_HEAD_FIRST})${BRACKETS}${LINK}(?<university>${UNIVERSITY})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** A head word alone ("the Department of Tides University"): a kind of unit, no unit's name. */
const BARE_HEAD = new RegExp(`^(?:${UNIT_HEAD})$`, 'u');

export interface UniversityUnit {
  unit: string;
  university: string;
}

/** Each unit a sentence writes with its university. */
export function universityUnits(sentence: string): UniversityUnit[] {
  return [...sentence.matchAll(UNIT_OF_UNIVERSITY)]
    .map((match) => ({
      unit: (match.groups?.unit ?? '').trim(),
      university: (match.groups?.university ?? '').trim(),
    }))
    .filter(({ unit }) => !BARE_HEAD.test(unit));
}

/** The unit PART_OF its university, when both read as bodies. */
export function universityUnitReadings(
  sentence: string,
  resolve: (phrase: string) => Body | undefined,
): Reading[] {
  return universityUnits(sentence).flatMap(({ unit, university }) => {
    const whole = resolve(university);
    const part = resolve(unit);
    if (!whole || !part || (whole.match ?? whole.name) === (part.match ?? part.name)) return [];
    return [
      {
        type: 'PART_OF' as const,
        from: { match: part.match, name: part.name },
        to: { match: whole.match, name: whole.name },
        confidence: Math.min(whole.confidence, part.confidence),
      },
    ];
  });
}
