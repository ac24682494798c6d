// The fallback reader: bodies named, one cue from a closed lexicon, and their order, for sentences no rule read.
import type { RelationType } from '../model/vocabulary.js';
import { readFrames } from './general-frames.js';
import { isBodyPhrase } from './general-items.js';
import {
  AGENT_NOUN,
  CUES,
  givenBySelf,
  OF,
  OWNER_AFTER,
  OWNER_BEFORE,
  PASSIVE,
  PERSON_TITLE,
} from './general-lexicon.js';
import { listItems } from './list-items.js';
import { onCommonNoun } from './noun-participle.js';
import { CREATED_IN_CLAUSE, CUT, ORGANISED_BY, PERSON_SUBJECT } from './patterns.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';
import { readBy } from './reader-trace.js';
import { readAddedFrames } from './recall-frames.js';

export type { Body, ReaderContext, Reading } from './reader-context.js';

interface CueAt {
  type: RelationType;
  text: string;
  start: number;
  end: number;
}

/** "founding member", "membre fondateur": a founding word beside a membership word is not a second cue. */
const FOUNDING_MEMBER =
  /(?<![\p{L}])(?:founding|fondat(?:eur|rice)s?)(?=\s+(?:members?|membres?)(?![\p{L}]))|(?<=(?:members?|membres?)\s+)fondat(?:eur|rice)s?(?![\p{L}])/gu;

/** The preposition and article that open an object: "of the", "avec le", "à la", "(a merger) between". */
const OPENING =
  /^\s*(?:(?:of|with|to|into|de|du|des|d'|à|au|aux|avec|among|parmi|between|entre)\s+)?(?:(?:the|le|la|les)\s+|l'\s*)?/iu;

/** The preposition alone, the article kept: "the network" must stay whole to name the actor. */
const PREPOSITION = /^\s*(?:(?:of|with|to|into|de|du|des|à|au|aux|avec)\s+|d'\s*)?/iu;

const blank = (text: string) => ' '.repeat(text.length);

/** The cues of a clause: lowercase words only, since a capitalised one belongs to a name. */
function cuesIn(clause: string): CueAt[] {
  const text = clause.replace(FOUNDING_MEMBER, blank);
  return CUES.flatMap((cue) =>
    [...text.matchAll(cue.pattern)]
      .filter((match) => /^\p{Ll}/u.test(match[0]))
      // "un soutien issu du fonds": the participle is the noun's, not the subject's.
      .filter(
        (match) =>
          cue.type !== 'EMERGED_FROM' ||
          !/^issu/u.test(match[0]) ||
          !onCommonNoun(text.slice(0, match.index), match[0]),
      )
      .map((match) => ({
        type: cue.type,
        text: match[0],
        start: match.index,
        end: match.index + match[0].length,
      })),
  ).sort((a, b) => a.start - b.start);
}

/** The actor named right after the cue ("funds the network"), not "the network of X" nor a later mention. */
function selfRightAfter(after: string, context: ReaderContext): boolean {
  const words =
    after
      .replace(PREPOSITION, '')
      .split(/[,;:.]/u)[0]
      ?.trim()
      .split(/\s+/u) ?? [];
  for (let count = 1; count <= Math.min(4, words.length); count += 1) {
    const head = words.slice(0, count).join(' ');
    if (!context.refersToSelf(head) || context.othersIn(head).length > 0) continue;
    // "voted for it": the reference must open the object, not end a verb phrase.
    const opens = count === 1 || !context.refersToSelf(words.slice(1, count).join(' '));
    return opens && !/^(?:of|de|des|du|d')/iu.test(words[count] ?? '');
  }
  return false;
}

/** The cues of a creation, whose noun ("the launch of", "la création de") names no agent. */
const CREATION_CUE = new Set<RelationType>(['FOUNDED', 'INITIATED']);
/**
 * A creation noun inside an adjunct of time or addition ("in addition to the launch of X", "began with
 * the founding of X", "depuis la création de X") names an event, not the subject's act; after a verb
 * ("contributed to the creation of", "led the launch of") it stays the subject's.
 */
const ADJUNCT_NOUN_BEFORE =
  /(?<![\p{L}])(?:in addition to|besides|as well as|along with|with|since|after|before|following|during|until|outre|en plus de|avec|depuis|après|avant|lors de|dès)\s+(?:(?:the|its|their|this|le|la|les|sa|son|leur)\s+|l['’]\s*)$/iu;

/** A date right after the cue: "in May 2024:", "en 2012,". */
const DATED = /^\s*(?:in|en|since|depuis|dès)\s+(?:\p{L}+\s+)?\d{4}\s*[:,]?/iu;
/** One lowercase word between the cue and the list it announces: "member libraries, for example …". */
const CATEGORY_WORD =
  /^\s*\p{Ll}+(?=\s*(?:[,:]|include|are|sont|comprennent|such as|including|dont|notamment)(?![\p{L}]))/u;

/** What announces the items without naming one: "for example", "on retrouve", "notamment". */
const LIST_OPENER =
  /^\s*(?:(?:,\s*)?(?:for example|for instance|e\.g\.|such as|including|notamment|among them|parmi lesquel(?:le)?s|dont|on (?:re)?trouve|on compte|figurent|comme)[\s,:]+)+/iu;

/** The bodies a phrase lists after a cue; a single phrase must name a body on its own. */
function itemsOf(phrase: string, context: ReaderContext): Body[] {
  const items = listItems(phrase.replace(OPENING, '').replace(LIST_OPENER, ''));
  // A list whose first item is no name ("grants totaling $17,000 awarded to …") is not a list of bodies.
  if (!isBodyPhrase(items[0]?.phrase ?? '')) return [];
  const alone = items.length > 1;
  const bodies: Body[] = [];
  for (const item of items) {
    if (item.coAgent || !isBodyPhrase(item.phrase)) continue;
    const body = context.resolve(item.phrase.replace(CUT, ''), alone);
    if (body && !context.isSelf(body)) bodies.push(body);
  }
  return bodies;
}

/** The one side that is only the actor: it refers to itself and names no other body. */
const onlySelf = (side: string, context: ReaderContext) =>
  context.refersToSelf(side) && context.othersIn(side).length === 0;

/** Proposals from one clause with exactly one cue type, the actor on one side; otherwise none. */
function readClause(clause: string, context: ReaderContext): Reading[] {
  // A verb frame names who gives and who receives; the order around a cue is only a fallback.
  const framed = readFrames(clause, context);
  if (framed.length > 0) return readBy(framed, 'frames');
  const added = readAddedFrames(clause, context);
  if (added.length > 0) return readBy(added, 'addedFrames');
  const cues = cuesIn(clause);
  const types = new Set(cues.map((cue) => cue.type));
  if (types.size !== 1) return [];
  const cue = cues[0] as CueAt;
  const before = clause.slice(0, cue.start);
  // "members in May 2024: A", "member libraries, for example A": a date or category word before the items.
  const after = clause.slice(cue.end).replace(DATED, '').replace(CATEGORY_WORD, '');
  if (PERSON_SUBJECT.test(before) || PERSON_TITLE.test(clause)) return [];
  const edge = (other: Body, incoming: boolean): Reading => {
    // An emergence points from the newer body, the actor described, to the older ones.
    const otherFirst = incoming && cue.type !== 'EMERGED_FROM';
    const [from, to] = otherFirst ? [other, context.self] : [context.self, other];
    return { type: cue.type, from, to, confidence: other.confidence };
  };
  // "its members include A, B", "ses adhérents : A, B": each item points at the actor.
  const owned = OWNER_BEFORE.test(before) || OWNER_AFTER.test(after);
  if (owned) {
    if (context.othersIn(before).length > 0) return [];
    const list = after.replace(OWNER_AFTER, '');
    return readBy(
      itemsOf(list, context).map((other) => edge(other, true)),
      'ownedList',
    );
  }
  // A membership or a part read from a cue and word order alone was wrong on unseen pages (1 right of 19).
  if (cue.type === 'MEMBER_OF' || cue.type === 'PART_OF') return [];
  // "funded by A and B", "créé par A": the agents come after the marker, the actor before the cue.
  const agentNoun = AGENT_NOUN.test(cue.text) ? OF.exec(after) : null;
  const passive = agentNoun ?? PASSIVE.exec(after);
  if (passive) {
    if (!onlySelf(before, context)) return [];
    return readBy(
      itemsOf(after.slice(passive[0].length), context).map((other) => edge(other, true)),
      'passive',
    );
  }
  // "the network joined A, B": the actor acts on what follows; not a funding, whose cue is often a
  // noun ("manage pension funds, including A": 0 right of 3, all rounds).
  // Nor a creation named by a noun ("in addition to the launch of Coopolis, it …"): a noun's agent is
  // not the clause's subject.
  if (onlySelf(before, context))
    return cue.type === 'FUNDS' || (CREATION_CUE.has(cue.type) && ADJUNCT_NOUN_BEFORE.test(before))
      ? []
      : readBy(
          itemsOf(after, context).map((other) => edge(other, false)),
          'selfBeforeCue',
        );
  // "A funds the network": one named body acts on the actor.
  const subjects = context.othersIn(before);
  if (subjects.length === 1 && selfRightAfter(after, context) && !givenBySelf(cue.type, after))
    return readBy([edge(subjects[0] as Body, true)], 'otherBeforeCue');
  return [];
}

/** "organised by A in collaboration with B": B co-organises the event (rounds 17-19), it is no partner of
 * A's; "A a créé B en collaboration avec C": C co-creates B. */
const coOrganised = (reading: Reading, clause: string) =>
  reading.type === 'PARTNER_OF' && (ORGANISED_BY.test(clause) || createdWith(clause));

/** A partnership word inside the clause of a creation act: "a fait naître sa fondation, en collaboration avec". */
const createdWith = (clause: string) => {
  const cue =
    /(?<![\p{L}])(?:in (?:close )?(?:partnership|collaboration|cooperation)|en (?:étroite )?(?:collaboration|partenariat|coopération)) (?:with|avec)(?![\p{L}])/iu.exec(
      clause,
    );
  return cue !== null && CREATED_IN_CLAUSE.test(clause.slice(0, cue.index));
};

/** The general reading of a sentence, clause by clause (";" separates clauses). */
export function readGenerally(sentence: string, context: ReaderContext): Reading[] {
  // "… new members: A; B; C": a colon before the semicolons makes them one list, not clauses.
  const listed = /:[^;]*;/u.test(sentence);
  return (listed ? [sentence] : sentence.split(';')).flatMap((clause) =>
    readClause(clause, context).filter((reading) => !coOrganised(reading, clause)),
  );
}
