// "sous l'égide de X" / "under the aegis of X": what the phrase says depends on what stands under it.
// A foundation created under another's aegis is sheltered by it (a "fondation abritée": PART_OF);
// a body whose creation is told under it was initiated by X; anything else (an agreement renewed,
// a cooperation placed under an embassy's aegis) says nothing about a body.
import { CREATION_VERB } from './patterns.js';

/** The creation words of the sentence, with a founding meeting ("assemblée constitutive", "founding meeting"). */
const CREATION_TOLD = new RegExp(
  `${CREATION_VERB.source}|(?<![\\p{L}])(?:constituti(?:ve|f)s?|founding (?:meeting|assembly|congress))(?![\\p{L}])`,
  'iu',
);

/** Whether the sentence around the phrase tells of a creation (the phrase itself aside). */
export const aegisOfCreation = (sentence: string): boolean => CREATION_TOLD.test(sentence);

/** A foundation or a fund: the bodies another foundation shelters ("Fondation X", "le fonds Y", "the X Foundation"). */
const SHELTERED_BODY =
  /^(?:(?:la|le|l'|the)\s+)?(?:fondation|fonds|foundation|fund)(?![\p{L}])|(?<![\p{L}])(?:foundation|fund)$/iu;

/** Whether the body under the aegis is a foundation or a fund, which the other body shelters. */
export const isShelteredBody = (name: string): boolean => SHELTERED_BODY.test(name.trim());

/** What shelters a foundation: another foundation, or an institute that shelters them ("Institut de France"). */
const SHELTERING_BODY =
  /^(?:(?:la|le|l'|l’|the)\s*)?(?:fondation|foundation|institut de france)(?![\p{L}])|(?<![\p{L}])foundation$/iu;

/** Whether the body holding the aegis can shelter a foundation; a ministry or a network only initiates it. */
export const isShelteringBody = (name: string): boolean => SHELTERING_BODY.test(name.trim());

/** "La Fondation A fut créée en 1996": the body's name, the passive creation after it dropped. */
export const aegisSubject = (clause: string): string =>
  clause.replace(
    /\s+(?:(?:fut|a été|est|was|has been|is)\s+)?(?:(?:créée?|fondée?|constituée?|created|founded|established|set up)\s*)(?:(?:en|in)\s+\d{4}\s*)?$/iu,
    ' ',
  );
