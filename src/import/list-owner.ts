// Whose partnerships a page about a project, a programme or an event states: its initiator's, never the undertaking's own.
import { normalise } from '../text/normalise.js';
import { isAcronym, kindOf } from './names.js';
import type { End, ProposedRelation } from './proposal.js';
import { EVENT_NOUNS, PROJECT_NOUNS } from './undertaking-nouns.js';
import { escapeRegExp, wholeWords } from './words.js';

/** What the rule needs of the page's actor: its names as read, and whether the graph holds it as an event. */
export interface UndertakingActor {
  name: string;
  acronym: string | null;
  /** The graph's family for the actor (`Actor`, `Event` …), or null for a new one. */
  family: string | null;
}

/** Nouns a page calls a project or a programme by ("IESS! Project", "le projet SB-AGROIN"). */
const PROJECT_NOUN = PROJECT_NOUNS.join('|');
/** Nouns that name an event when the name carries a year or an edition ("ESS Tour 2025", "68th Meeting"). */
const EVENT_NOUN = EVENT_NOUNS.join('|');

/** A year or an edition: "2025", "68th", "11e", "11ᵉ", "première édition" (normalised text). */
const YEAR_OR_EDITION =
  /(?:^| )(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th|e|eme|ere|er|ᵉ)|premiere|first|second|deuxieme|troisieme|third)(?= |$)/u;

const noun = (source: string) => new RegExp(`(?:^| )(?:${source})(?= |$)`, 'u');
const EVENT_WORD = noun(EVENT_NOUN);
/**
 * English puts the head last ("Casas de la Alegría Project"), French first ("Projet Alimenterre");
 * "… Development Programme" last names a body (UNDP, WFP), so a programme is no head there.
 */
const PROJECT_LAST = /(?:^| )(?:project|campaign)$/u;
/** "Programme des Nations unies pour le développement" is a body: a project noun with "of/des/du/pour". */
const PROJECT_FIRST = new RegExp(
  `^(?:le |la |l |the )?(?:sous )?(?:${PROJECT_NOUN}) (?!(?:of|for|des|du|pour|d) )\\S`,
  'u',
);

/** Whether the actor's own name is an undertaking's: "… Project", "Projet …", "ESS Tour 2025". */
function namedAsUndertaking(name: string): boolean {
  const text = normalise(name);
  if (text === '') return false;
  // "Project Equity": English puts a project noun first only in a body's name.
  if (PROJECT_LAST.test(text) || (PROJECT_FIRST.test(text) && !/^project /u.test(text)))
    return true;
  return EVENT_WORD.test(text) && YEAR_OR_EDITION.test(text);
}

/**
 * Whether the page calls its actor a project: a title line "NAME Project" / "Projet NAME", or prose
 * "the project NAME", "le projet NAME" (normalised, so "IESS! Project" reads "iess project").
 */
function calledAProject(names: readonly string[], lines: readonly string[]): boolean {
  const written = names.map(normalise).filter((name) => name.length >= 2);
  if (written.length === 0) return false;
  const name = `(?:${written.map(escapeRegExp).join('|')})`;
  const title = new RegExp(`^(?:${name} (?:${PROJECT_NOUN})|(?:${PROJECT_NOUN}) ${name})$`, 'u');
  // "the SI project" is SI's project (or the one it funds): only the noun before the name names it.
  const prose = new RegExp(
    `(?:^| )(?:(?:the|this) (?:project|programme|program|campaign) ${name}|(?:le|du|au|ce) (?:projet|programme) ${name}|(?:la|de la|cette) campagne ${name})(?= |$)`,
    'u',
  );
  return lines.some((line) => {
    const text = normalise(line);
    return title.test(text) || prose.test(text);
  });
}

/**
 * The labels of a project's record, as funders' and partners' sites write one ("Project duration:",
 * "Project partners:", "Durée du projet :"): the page is one project's record.
 */
const PROJECT_RECORD_LABEL =
  /^(?:project (?:duration|status|partners|budget|value|manager|coordinator|leader|period|website)|(?:dur[ée]e|partenaires|budget|statut|porteur|calendrier) du projet)\s*:/iu;

/**
 * Whether the page is a project's record: two such labels or more, and an actor whose name holds
 * no kind word (a network's page may carry one project's box: the network stays a body).
 */
function isProjectRecord(name: string, lines: readonly string[]): boolean {
  if (kindOf(name) !== null) return false;
  return lines.filter((line) => PROJECT_RECORD_LABEL.test(line.trim())).length >= 2;
}

/**
 * Whether the page's actor is an undertaking (a project, a programme, a campaign, an event) rather
 * than a body: the graph holds it as an event, its name is an undertaking's, or the page calls it a
 * project. A body the graph holds is never one.
 */
export function isUndertaking(actor: UndertakingActor, lines: readonly string[]): boolean {
  if (actor.family !== null) return actor.family === 'Event';
  const names = [actor.name, actor.acronym ?? ''].filter((name) => name !== '');
  return (
    namedAsUndertaking(actor.name) ||
    calledAProject(names, lines) ||
    isProjectRecord(actor.name, lines)
  );
}

/**
 * On an undertaking's page, a partnership given to the undertaking is its initiator's (README
 * rounds: "Partners" of a project are its lead partner's, "X, in partnership with A" is X's): the
 * one body proposed as its initiator takes it; with none or several, it is not proposed.
 */
export function ownedPartnerships(
  relations: readonly ProposedRelation[],
  isSelf: (end: End) => boolean,
): ProposedRelation[] {
  const initiators = new Map<string, ProposedRelation>();
  for (const relation of relations)
    if (
      (relation.type === 'INITIATED' || relation.type === 'FOUNDED') &&
      isSelf(relation.to) &&
      !isSelf(relation.from)
    )
      initiators.set(relation.from.match ?? normalise(relation.from.name), relation);
  const lead = initiators.size === 1 ? [...initiators.values()][0] : undefined;
  const owner = lead?.from;
  // "Coordinator: A, Romania, FDSC" then "Partners: FDSC (Romania), B": the acronym beside the lead is the lead.
  const glossOfLead = (other: End) =>
    lead !== undefined &&
    isAcronym(other.name) &&
    wholeWords(escapeRegExp(other.name)).test(lead.evidence);
  const sameBody = (a: End, b: End) =>
    glossOfLead(b) ||
    (a.match !== null ? a.match === b.match : normalise(a.name) === normalise(b.name));
  return relations.flatMap((relation) => {
    if (relation.type !== 'PARTNER_OF') return [relation];
    const fromSelf = isSelf(relation.from);
    if (!fromSelf && !isSelf(relation.to)) return [relation];
    const other = fromSelf ? relation.to : relation.from;
    if (!owner || sameBody(owner, other)) return [];
    return [{ ...relation, from: owner, to: other }];
  });
}
