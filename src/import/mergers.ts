// "… voted to merge A with B and C to form D", "A et B fusionnent pour créer D": D emerged from each.
import { normalise } from '../text/normalise.js';
import { numberWords } from './number-words.js';
import { TOOK_OVER } from './patterns.js';
import type { ProposedRelation } from './proposal.js';

/** The nouns that name a merger, in English and French. */
export const MERGER_WORDS = 'merger|amalgamation|fusion';
/** The verbs that open the body a merger formed: "to form C", "pour former C". */
const FORM_VERB = '(?:to form|to create|pour (?:former|créer|constituer|donner naissance à))';

/** A merger verb, the merged bodies, then the body they form. */
const MERGER =
  /\b(?:merge|merged|merging|merges|amalgamate|amalgamated|fusionner|fusionnent|fusionneront|ont fusionné|fusion (?:de|du|des|d'))\s+(.+?)\s(?:to form|to create|to become|into|pour (?:former|créer|constituer|donner naissance à|devenir))\s+(.+)$/iu;

/** "In 1969 A and B consolidated to become C", "A et B ont fusionné pour former C": the bodies before the verb. */
const MERGED_BEFORE =
  /^(?:\s*(?:in|en) \d{4},?\s+)?(.+?)\s(?:merged|consolidated|amalgamated|ont fusionné|fusionnent|se sont regroupées?)\s(?:to form|to create|to become|into|pour (?:former|créer|constituer|devenir))\s+(.+)$/iu;

/** A count and its noun before the list, up to a colon or dash when one follows: "three regional dairies: A, B", "deux entités – A et B". */
const COUNTED_LEAD = `(?:(?:\\d+|${numberWords(2, 5).join('|')})\\s+(?:[^,;:()–—]{0,60}?\\s*[:–—]\\s*|\\p{Ll}+\\s+))?`;

/** A merger named as a noun and what it joined: "a 1983 merger between A and B", "la fusion des 3 mutuelles A, B et C";
 * the words between noun and preposition are the fewest ("la fusion de la Caisse des Dunes" joins the Caisse des Dunes). */
const MERGER_NOUN = `(?:the|a|an|la|une|l')\\s*(?:\\d{4}\\s+)?(?:${MERGER_WORDS})(?:\\s[^,;]{0,25}?)??\\s(?:of|between|des|de|d'|entre)(?!\\p{L})\\s*(?:(?:the|les|leurs|their)\\s+)?${COUNTED_LEAD}`;

/** How a sentence says its subject came of a merger: a passive creation, or "came about / arose / résulte". */
const CAME_OF = `(?:(?:was|is|has been|had been|est|a été)\\s+(?:itself\\s+|elle-même\\s+|lui-même\\s+)?(?:formed|created|born|founded|established|the (?:product|result)|formée?|créée?|née?|issue?|le fruit|le résultat)|came about|arose|emerged|resulted|results|résulte|résultait|a résulté)`;

/** A body's own founding dated in the list ("A, fondé en 1989, et B"): a gloss, not a separator. */
const DATED_GLOSS =
  /,?\s*(?:(?:was|were)\s+)?(?:formed|founded|created|established|fondée?s?|créée?s?|née?s?)\s+(?:in|en)\s+\d{4}(?=[,;.]|\s(?:and|et)\s|$)/giu;

/** "B was formed by a merger of A and C", "B est issue de la fusion de A et C": the subject emerged. */
const SUBJECT_OF_MERGER = new RegExp(
  `^(?:.*[,;:]\\s+)?(.+?)\\s${CAME_OF}\\s+(?:(?:in|en) \\d{4},?\\s+)?(?:by|from|through|out of|of|in|de|d'|par)\\s*${MERGER_NOUN}(.+?\\s(?:and|et)\\s.+)$`,
  'iu',
);

/** "Résultant de la fusion des mutuelles A, B et C, D …": the body named after the list emerged. */
const FRONTED_MERGER = new RegExp(
  `^\\s*(?:résultant|issue?s?|née?s?|born|formed|created|the (?:product|result))\\s+(?:de|d'|from|by|of|through)\\s*${MERGER_NOUN}([^,;]+(?:,\\s*[^,;]+)*?\\s(?:and|et)\\s[^,;]+),\\s+(.+)$`,
  'iu',
);

/** The capitalised words (and the particles between them) that open a clause: its subject's name. */
const LEADING_NAME =
  /^(?:(?:the|le|la|les|l['’])\s*)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:(?:of|for|de|du|des|d['’]|la|le|l['’]|et|and|&)\s*)*\p{Lu}[\p{L}\d&'’.-]*)*/u;

/** Between the bodies: "with", "and", commas; possessives before them ("their A") are dropped. */
const BETWEEN = /\s*(?:,|\swith\s|\sand\s|\set\s|\savec\s)\s*/u;

/** Between the bodies a merger noun lists, also ", and" / ", et" and "as well as" / "ainsi que". */
const BETWEEN_LISTED =
  /\s*(?:,?\s(?:ainsi que|as well as)\s|,\s*(?:and|et)\s|,|\swith\s|\sand\s|\set\s|\savec\s)\s*/u;

export interface Merger {
  /** The bodies that merged, as written. */
  merged: string[];
  /** What the text after "to form" starts with (its name is read by the caller). */
  formed: string;
}

/** The merger a sentence states, if any. */
export function mergerIn(sentence: string): Merger | undefined {
  return verbMerger(sentence) ?? nounMerger(sentence);
}

/** A merger stated with a noun: the body formed is the subject, or the name right after the list. */
function nounMerger(sentence: string): Merger | undefined {
  const subject = SUBJECT_OF_MERGER.exec(sentence);
  const fronted = subject ? null : FRONTED_MERGER.exec(sentence);
  const [formed, list] = subject
    ? [subject[1] as string, subject[2] as string]
    : fronted
      ? [fronted[2] as string, fronted[1] as string]
      : [];
  // A long subject is a clause, not a name: "the move that … was the result of a merger".
  if (!formed || !list || (subject && formed.split(/\s+/u).length > 8)) return undefined;
  const merged = list
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(DATED_GLOSS, '')
    .split(/[.;](?:\s|$)|\s(?:in|en) \d{4}/u)[0]
    ?.split(BETWEEN_LISTED)
    .map((part) =>
      part.replace(/^(?:(?:the|le|la|les|son|sa|ses|its|their)\s+|l['’]\s*)/iu, '').trim(),
    )
    .filter((part) => part !== '');
  // After a fronted list the name opens the clause and its verb ends it: "…, Aesio s'est rapprochée de …".
  const name = subject ? formed.trim() : (LEADING_NAME.exec(formed)?.[0].trim() ?? '');
  return merged && merged.length > 1 && name !== '' ? { merged, formed: name } : undefined;
}

/** "A merged into B to form C", "A fusionne avec B, pour former C": both bodies before the new one merged. */
const MERGED_INTO_TO_FORM = new RegExp(
  `^(?:\\s*(?:in|en) \\d{4},?\\s+)?(.+?)\\s(?:merged|amalgamated|fusionne|a fusionné)\\s+(?:(?:in|en) \\d{4}\\s+)?(?:into|with|avec|dans)\\s+(.+?),?\\s+(?:(?:in|en) \\d{4},?\\s+)?${FORM_VERB}\\s+(.+)$`,
  'iu',
);

/** A merger stated with a verb: "merged to form", "fusionnent pour créer". */
function verbMerger(sentence: string): Merger | undefined {
  const pair = MERGED_INTO_TO_FORM.exec(sentence);
  if (pair) {
    const formed = (pair[3] as string)
      .split(/[,;.](?:\s|$)/u)[0]
      ?.replace(/\s+(?:in|en) \d{4}.*$/u, '')
      .trim();
    // The subject is the last comma part, if an article or a capital opens it ("En mai, la Coop Dunes").
    const subject =
      (pair[1] as string)
        .split(/[,;]\s*/u)
        .at(-1)
        ?.trim() ?? '';
    const merged = [subject, (pair[2] as string).trim()];
    // "merged into the Pier Union to form C": C emerged from both; the bodies merged are the verb's two ends.
    if (
      formed &&
      /^(?:the|le|la|les|l['’]|this|ce|cette)\s|^\p{Lu}/u.test(subject) &&
      merged[1] !== ''
    )
      return { merged, formed };
  }
  const found = MERGER.exec(sentence) ?? MERGED_BEFORE.exec(sentence);
  if (!found) return undefined;
  const merged = (found[1] as string)
    .split(BETWEEN)
    .map((part) => part.replace(/^(?:their|its|our|leurs?|ses|nos)\s+/iu, '').trim())
    .filter((part) => part !== '');
  const formed = (found[2] as string).split(/[,;.](?:\s|$)/u)[0]?.trim() ?? '';
  return merged.length > 0 && formed !== '' ? { merged, formed } : undefined;
}

/** "A merged with B", "A fusionne avec la B": the words right before the body merged in. */
const MERGED_WITH =
  /(?<![\p{L}])(?:merged|merges|fusionn\p{L}*) (?:with|avec)\s+(?:(?:the|la|le|les)\s+|l['’]\s*)?/giu;
/** The new body a merger formed comes next: "… to form C", "…, pour former le C". */
const TO_FORM = new RegExp(
  `(?<![\\p{L}])${FORM_VERB}\\s+(?:(?:the|le|la|les)\\s+|l['’]\\s*)?`,
  'giu',
);
/** What the merger made of its subject: "… and became C", "… et devient C". */
const MERGER_OUTCOME =
  /(?<![\p{L}])(?:became|become|becomes|becoming|devenu|devenue|devient|devint|deviennent)(?![\p{L}])/iu;

/**
 * "A merged with B" (alone) says A took B in and stayed A, not that A grew out of B: an emergence
 * read off it holds only when the sentence says what A became or that A took over B's activities
 * (rounds 4-32: 0 right of 8 without either, 2 right of 2 with one). On the actor's own page, "the
 * actor merged with B" and no new body formed says the actor went on: it emerged from B
 * (README-annotation.md, mergers, third row).
 */
export function absorbedInMerger(
  relation: ProposedRelation,
  isOwn: (end: ProposedRelation['from']) => boolean = () => false,
  ownNames: readonly string[] = [],
): boolean {
  if (relation.type !== 'EMERGED_FROM') return false;
  const { evidence } = relation;
  const merged = normalise(relation.to.name);
  const mergers = [...evidence.matchAll(MERGED_WITH)].filter((found) =>
    normalise(evidence.slice(found.index + found[0].length)).startsWith(merged),
  );
  // "A merged with B to form C": C, the body formed, did emerge from B.
  const formed = [...evidence.matchAll(TO_FORM)].some((found) =>
    normalise(evidence.slice(found.index + found[0].length)).startsWith(
      normalise(relation.from.name),
    ),
  );
  if (mergers.length === 0 || formed || MERGER_OUTCOME.test(evidence) || TOOK_OVER.test(evidence))
    return false;
  // The page's own actor merged with B and formed no new body: it goes on under its name (convention 2).
  const actorGoesOn =
    isOwn(relation.from) &&
    [...evidence.matchAll(TO_FORM)].length === 0 &&
    mergers.every(
      (found) =>
        DONE_MERGER.test(found[0]) && !otherSubjectBefore(evidence.slice(0, found.index), ownNames),
    );
  return !actorGoesOn;
}

/** A merger that took place, not one planned ("s'apprête à fusionner", "fusionnera"): past or narrative present. */
const DONE_MERGER = /^(?:merged|merges|fusionne|fusionna|fusionné)\s/iu;

/** A pronoun subject names the actor the page is about. */
const PRONOUN = /^(?:it|they|we|elle|il|elles|ils|nous)$/iu;

/** The clause's last word before the merger verb, when it ends another body's name: "La coopérative de Brume-sur-Lac fusionne". */
function otherSubjectBefore(before: string, ownNames: readonly string[]): boolean {
  const clause = before.split(/[.;:!?](?:\s|$)/u).at(-1) ?? '';
  // An elided particle is not the name's first letter: "d'Arvelle" ends with "Arvelle".
  const last = /(\p{L}[\p{L}\d&'’.-]*)\s*,?\s*(?:(?:also|then|later|puis|ensuite)\s+)?$/u
    .exec(clause.trim())?.[1]
    ?.replace(/^(?:d|l)['’]/iu, '');
  if (!last || !/^\p{Lu}/u.test(last) || PRONOUN.test(last)) return false;
  // "The Society merged", "La Coopérative fusionne": an article and one word name the actor again.
  if (/(?:^|\s)(?:the|this|le|la|cette|ce|l['’])\s*\p{L}+\s*,?$/iu.test(clause.trim()))
    return false;
  const word = ` ${normalise(last)} `;
  return !ownNames.some((name) => ` ${normalise(name)} `.includes(word));
}
