// Last fallback (session 31, measured and left out): the actor and one other body in a sentence, typed by its cue word.
import type { RelationType } from '../model/vocabulary.js';
import { UNASSERTED } from './frame-lexicon.js';
import { PERSON_TITLE } from './general-lexicon.js';
import { kindOf } from './names.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';

/** One cue family per type, lowercase words of both languages, whatever the verb or the order. */
const CUE_FAMILIES: readonly { type: RelationType; pattern: RegExp }[] = [
  {
    type: 'FUNDS',
    pattern:
      /(?<![\p{L}])(?:financ\p{L}*|fund(?:s|ed|ing|ers?)?|subventi\p{L}*|subsidi\p{L}*|grants?|granted|soutien financier|financial(?:ly)? support\p{L}*|sponsor\p{L}*|donors?|bailleurs?)(?![\p{L}])/u,
  },
  {
    type: 'MEMBER_OF',
    pattern:
      /(?<![\p{L}])(?:membres?|adhérent\p{L}*|adhér\p{L}*|adhèr\p{L}*|adhésion|members?|membership|affiliat\p{L}*|affilié\p{L}*)(?![\p{L}])/u,
  },
  {
    type: 'PARTNER_OF',
    pattern:
      /(?<![\p{L}])(?:partenaires?|partenariats?|partners?|partnered|partnerships?|collabor\p{L}*|coopér\p{L}*|cooperat(?:ion|ing|es?)|co-operat(?:ion|ing|es?))(?![\p{L}])/u,
  },
  {
    type: 'FOUNDED',
    pattern:
      /(?<![\p{L}])(?:fond[ée]e?s?|fondat(?:eur|rice)s?|créée?s?|found(?:ed|ers?)|co-?found\p{L}*|established)(?![\p{L}])/u,
  },
  {
    type: 'INITIATED',
    pattern:
      /(?<![\p{L}])(?:lancée?s?|lance|lancement|initiée?s?|initiated|initiator|launch(?:ed|es)?|set up|mise? en place)(?![\p{L}])/u,
  },
  {
    type: 'PARTICIPATES_IN',
    pattern:
      /(?<![\p{L}])(?:particip\p{L}*|takes? part|took part|prend part|pris part|attended)(?![\p{L}])/u,
  },
];

/** "a member of A", "membre de A": the actor is the one that belongs, funds or partners. */
const OUTGOING_AFTER_CUE = /^\s*(?:of|de|du|des|d'|in|à|au|aux)\s/iu;

/** "launched with the support of A", "soutenu par A": a supporter, whom the annotations give no relation. */
const PLAIN_SUPPORT =
  /(?<![\p{L}])(?:support(?:ed)? (?:of|by|from)|soutien (?:de|du|des|d')|soutenue?s? (?:par|de))(?![\p{L}])/iu;

/** A body the importer is sure of: a graph node, a name with a kind word, an acronym. */
const confident = (body: Body) =>
  body.match !== null || kindOf(body.name) !== null || /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(body.name);

/** The one cue family a sentence holds, or none when it holds several or none. */
function onlyCue(sentence: string): { type: RelationType; end: number } | undefined {
  const found = CUE_FAMILIES.map((family) => ({ family, match: family.pattern.exec(sentence) }))
    .filter(({ match }) => match !== null && /^\p{Ll}/u.test(match[0]))
    .map(({ family, match }) => ({
      type: family.type,
      end: (match as RegExpExecArray).index + (match as RegExpExecArray)[0].length,
    }));
  return found.length === 1 ? found[0] : undefined;
}

/** At most this many words between the actor's mention and the other body's name, the cue among them. */
const REACH = 8;

/** The actor written by name, acronym or a coreferent, the cue, then the other (or the reverse), close together. */
function nearEachOther(
  sentence: string,
  other: Body,
  cue: { end: number },
  context: ReaderContext,
): boolean {
  const otherAt = sentence.indexOf(other.name);
  if (otherAt < 0) return false;
  const words = [...sentence.matchAll(/\S+/gu)];
  for (let first = 0; first < words.length; first += 1) {
    for (let last = first; last < Math.min(words.length, first + 4); last += 1) {
      const start = (words[first] as RegExpExecArray).index;
      const end =
        (words[last] as RegExpExecArray).index + (words[last] as RegExpExecArray)[0].length;
      const phrase = sentence.slice(start, end);
      if (!context.refersToSelf(phrase) || context.othersIn(phrase).length > 0) continue;
      const [from, to] = start < otherAt ? [end, otherAt] : [otherAt + other.name.length, start];
      const between = sentence.slice(from, to);
      const cueInside = cue.end > from && cue.end <= to;
      if (cueInside && between.trim().split(/\s+/u).length <= REACH) return true;
    }
  }
  return false;
}

/** The actor and exactly one other body the importer is sure of, and one cue family: one relation. */
export function readCoMention(sentence: string, context: ReaderContext): Reading[] {
  if (UNASSERTED.test(sentence) || PERSON_TITLE.test(sentence) || PLAIN_SUPPORT.test(sentence))
    return [];
  if (!context.refersToSelf(sentence)) return [];
  const others = context.othersIn(sentence);
  if (others.length !== 1 || !confident(others[0] as Body)) return [];
  const cue = onlyCue(sentence);
  if (!cue) return [];
  const other = others[0] as Body;
  if (!nearEachOther(sentence, other, cue, context)) return [];
  const outgoing =
    cue.type !== 'PARTNER_OF' &&
    OUTGOING_AFTER_CUE.test(sentence.slice(cue.end)) &&
    sentence.slice(cue.end).includes(other.name);
  const [from, to] =
    outgoing || cue.type === 'PARTNER_OF' ? [context.self, other] : [other, context.self];
  return [{ type: cue.type, from, to, confidence: 0.6 * other.confidence }];
}
