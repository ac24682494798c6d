// What a creation verb made, told by the head noun of the thing made: a body is founded, a programme,
// a fund or an event is launched (initiated), a document is written, a ministry is a state's.
import { normalise } from '../text/normalise.js';
import { activelyLaunched } from './active-launch.js';
import { foundedByMerger } from './merger-founder.js';
import { kindOf } from './names.js';
import type { End, ProposedRelation } from './proposal.js';
import {
  type CreatedKind,
  CREATED_HEAD_FIRST as HEAD_FIRST,
  CREATED_HEAD_LAST as HEAD_LAST,
} from './undertaking-nouns.js';

/** Words that end a noun phrase's head part: a preposition, a "to"-infinitive, a comma. */
const LINKER =
  /\s(?:of|for|to|on|in|from|by|with|de|du|des|d['’]|pour|sur|à|au|aux|en|contre)\s|[,(:–—-]\s/iu;
const ARTICLE = /^(?:the|a|an|its|their|our|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs)\s*/iu;

/** The kind a name's head noun gives ("Membership Dues Support Fund", "Ministry of Cooperation"), or null. */
export function createdKind(name: string): CreatedKind | null {
  const phrase = ` ${name.trim().replace(ARTICLE, '')} `;
  const linked = LINKER.exec(phrase);
  const head = (linked ? phrase.slice(0, linked.index) : phrase).trim();
  // "ESS Tour 2025", "Forum 2024": a year after the head noun names an edition.
  const words = head
    .split(/\s+/u)
    .map((word) => word.toLowerCase())
    .filter((word) => !/^\d{4}$/u.test(word));
  const last = HEAD_LAST[words.at(-1) ?? ''];
  if (last) return last;
  const opening = normalise(phrase.trim()).split(' ').slice(0, 3).join(' ');
  if (opening.startsWith('feuille de route')) return 'document';
  return HEAD_FIRST[words[0] ?? ''] ?? null;
}

/** A launch, not a founding: "launched", "lancé(e)(s)", "initiated", "initiée". */
const LAUNCH_VERB =
  /(?<![\p{L}])(?:launch(?:ed|es|ing)?|lanc(?:é|e|ée|és|ées|ent|ement)|initiat(?:ed|es)|initiée?s?)(?![\p{L}])/iu;
/** A founding word also in the sentence: "founded and launched" keeps the founding. */
const FOUND_VERB =
  /(?<![\p{L}])(?:founded|co-?founded|fondée?s?|co-?fondée?s?|a fondé|ont fondé)(?![\p{L}])/iu;

/** "A community development programme has been launched by": up to four words before a passive launch. */
const PASSIVE_SUBJECT =
  /((?:[\p{L}'’-]+\s+){1,4})(?:has been|have been|was|were|is|are|will be|a été|ont été|est|sont|sera)\s+(?:\p{Ll}+ly\s+|officiellement\s+)?(?:launched|initiated|lancée?s?|initiée?s?)\s+(?:by|par)(?![\p{L}])/u;

/** A creation verb, active or passive: the object phrase a launch or a founding opens. */
const CREATION_VERB =
  /(?<![\p{L}])(?:launch(?:ed|es)?|lanc(?:é|e|ée|és|ées|ent)|creat(?:ed|es)|crée?s?|créée?s?|found(?:ed|s)?|fondée?s?|set up|establish(?:ed|es)|initiat(?:ed|es)|initiée?s?|mise? (?:en place|sur pied))(?![\p{L}])/giu;

/** "launched their Proposed Roadmap to Promote … and Rural Formalization": the phrase from the verb to the end's name. */
function objectPhrase(evidence: string, name: string): string | undefined {
  const at = evidence.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const verb = [...evidence.slice(0, at).matchAll(CREATION_VERB)].at(-1);
  if (!verb) return undefined;
  const phrase = evidence.slice(verb.index + verb[0].length, at + name.length);
  return phrase.length <= 120 && !/[.;:!?]/u.test(phrase) ? phrase : undefined;
}

/** The kind of the thing made: its name's head noun, the phrase a verb opens on it, or the actor's passive subject. */
function kindMade(end: End, evidence: string, isSelf: boolean): CreatedKind | null {
  const phrase = objectPhrase(evidence, end.name);
  const named = createdKind(end.name) ?? (phrase ? createdKind(phrase) : null);
  if (named || !isSelf) return named;
  const words = PASSIVE_SUBJECT.exec(evidence)?.[1]?.trim().toLowerCase().split(/\s+/u) ?? [];
  return words.map((word) => HEAD_LAST[word] ?? HEAD_FIRST[word]).find(Boolean) ?? null;
}

/** A state body by its name: a government or a ministry may create a ministry, a body of the SSE may not. */
const STATE_NAME =
  /(?<![\p{L}])(?:government|gouvernement|ministry|ministère|state|état|parliament|parlement)(?![\p{L}])/iu;

/**
 * A FOUNDED proposal typed by what was made: a programme, fund, project or event launched is
 * INITIATED; a document is not founded (null); a ministry is founded by a state body only (null);
 * a body made by the merger of its founders EMERGED_FROM each.
 */
export function typedByCreation(
  relation: ProposedRelation,
  isSelf: (end: End) => boolean,
): ProposedRelation | null {
  if (relation.type !== 'FOUNDED') return relation;
  // Bodies that merged into the one they made did not found it: it emerged from each of them.
  if (foundedByMerger(relation.evidence, relation.from.name))
    return { ...relation, type: 'EMERGED_FROM', from: relation.to, to: relation.from };
  const kind = kindMade(relation.to, relation.evidence, isSelf(relation.to));
  if (kind === 'document') return null;
  if (kind === 'state') return STATE_NAME.test(relation.from.name) ? relation : null;
  if (
    kind === 'initiative' &&
    LAUNCH_VERB.test(relation.evidence) &&
    !FOUND_VERB.test(relation.evidence)
  )
    return { ...relation, type: 'INITIATED' };
  // "A launched the B", B named without a body's kind word: A's initiative; "launched the X Network"
  // and "B was launched by A" stay foundings.
  if (kindOf(relation.to.name) === null && activelyLaunched(relation.evidence, relation.to.name))
    return { ...relation, type: 'INITIATED' };
  return relation;
}
