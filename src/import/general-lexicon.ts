// The general reader's closed lexicon: one stem list per relation type, French and English, lowercase words only.
import type { RelationType } from '../model/vocabulary.js';
import { MONTH_NAME } from './words.js';

export interface Cue {
  type: RelationType;
  /** Stems; a cue is a lowercase word that starts with one (a capitalised word belongs to a name). */
  pattern: RegExp;
}

const cue = (type: RelationType, stems: string): Cue => ({
  type,
  pattern: new RegExp(`(?<![\\p{L}'-])(?:${stems})[\\p{L}-]*`, 'gu'),
});

/** Stems, written so that inflections match; "cooperative" and "fonds" are kinds of body, not cues. */
export const CUES: readonly Cue[] = [
  cue('MEMBER_OF', 'member|membre|adhér|adher|affili|join|rejoin'),
  // "Social partners", "partenaires sociaux" are unions and employers; "partner countries" are states.
  cue(
    'PARTNER_OF',
    '(?<!social )partner(?!\\p{L}*\\s+(?:countr|states|nations))|(?<!pays )partenai(?!\\p{L}*\\s+sociaux)|agreement|convention|co-?operation|coopération|collaborat|work(?:s|ed|ing)? (?:closely )?with|travaill\\p{L}* avec',
  ),
  cue(
    'FUNDS',
    'fund(?!ament)|financ(?!ial|ier|ière|e(?![\\p{L}]))|financial(?:ly)? support|grant|subvention|soutien financier|sponsor',
  ),
  // "l'association s'est lancée avec A": "se lancer" is to set out, no founding of A.
  cue(
    'FOUNDED',
    "co-?found|found(?:ed|ing|er)|fond(?:a|é|e|è)(?!ment|r|tion)|co-?fond|creat|créa|créé|crée|set up|establish(?!ment)|launch|(?<!(?:s'est|se sont|s'était|s'étaient)\\s)lancé",
  ),
  // "An initiative of A": who took the initiative, not a founder; "initiatives: A, B" names initiatives.
  cue('INITIATED', 'initiat(?!ives)|initié'),
  cue('EMERGED_FROM', "merg|fusion|issue? (?:de|du|des|d')|became|devenu"),
  cue('PART_OF', 'part of|fait partie|branch|chapter|antenne'),
];

/** "une subvention de A", "a grant from A": the body right after a money noun and "de / of / from" gives the money. */
const GIVER_AFTER = /^\s*(?:de la|du|des|de l['’]|de|d['’]|of|from)(?![\p{L}])/iu;

/** "B, avec l'aide d'une subvention de [the actor]": the actor gives, so the body before it is no funder of the actor. */
export const givenBySelf = (type: RelationType, after: string) =>
  type === 'FUNDS' && GIVER_AFTER.test(after);

/** "funded by", "créé par", "de la part de": the bodies after the cue act on the one before it. */
export const PASSIVE =
  /^[^,;:]{0,40}?(?<![\p{L}])(?:by|par|de la part d(?:e|u|es|')|from|grâce à|thanks to)(?![\p{L}])/iu;

/** "an initiative of A", "à l'initiative de A": a noun cue whose complement is the agent. */
export const AGENT_NOUN = /^(?:initiatives?|co-?initiative)$/u;
export const OF = /^\s*(?:of|de|des|du|d')(?![\p{L}])/u;

/** A date or a count is never a body: "May 2024", "October 2012", "500 worldshops". */
export const DATE_OR_COUNT = new RegExp(
  `^\\s*\\d|(?<![\\p{L}])(?:${MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\\p{L}])|\\d{4}`,
  'iu',
);

/** "Madame Boisvert", "Mr Yeo": a title makes a person. */
export const PERSON_TITLE = /(?<![\p{L}])(?:Madame|Monsieur|Mme|Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}/u;

/** "its members", "ses adhérents", "members include", "compte parmi": the items point at the owner. */
export const OWNER_BEFORE =
  /(?<![\p{L}])(?:(?:its|their|our|ses|leurs|nos|son|sa|parmi ses|among its)\s+(?:\p{Ll}+\s+)?|(?:counts?|compte|has|have|had|regroupe|rassemble|réunit|brings together|gathers|unites|fédère|gained|welcomed|welcomes|accueille|admitted)\s+(?:[\p{Ll}\d.,]+\s+){0,4})$/u;
export const OWNER_AFTER =
  /^\s*(?:include|includes|included|are|were|comprennent|comprend|sont|:)(?![\p{L}])/u;
