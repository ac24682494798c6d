// Clause frames: the list of bodies before a verb and the list after it, the direction from the verb's frame.
import { afterCategoryLeadIn } from './category-lead-in.js';
import { FRAMES, type Frame, INCLUDING, SUBJECT_TAIL, UNASSERTED } from './frame-lexicon.js';
import { afterPossessive, isBodyPhrase } from './general-items.js';
import { PERSON_TITLE } from './general-lexicon.js';
import { afterKindApposition } from './kind-apposition.js';
import { type ListItem, listItems } from './list-items.js';
import { CUT } from './patterns.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';
import { spelledName } from './spelled-name.js';
import { withoutTownAfterName } from './town-after-name.js';

/** A phrase that refers to the actor and loses that when its last (or first, unless an article) word goes. */
function onlyRefersToSelf(phrase: string, context: ReaderContext): boolean {
  const words = phrase.trim().split(/\s+/u);
  if (!context.refersToSelf(phrase) || context.othersIn(phrase).length > 0) return false;
  if (words.length === 1) return true;
  const article = /^(?:the|le|la|les|l['’].*)$/iu.test(words[0] as string);
  return (
    !context.refersToSelf(words.slice(0, -1).join(' ')) &&
    (article || !context.refersToSelf(words.slice(1).join(' ')))
  );
}

/** One item of a list as a body: the actor when it only refers to it, else what the name resolves to. */
function bodyOf(written: string, alone: boolean, context: ReaderContext): Body | undefined {
  const phrase = afterPossessive(written);
  // "It", "the network": a reference to the actor and nothing more ("the network announced" is a clause).
  if (onlyRefersToSelf(phrase, context)) return { ...context.self, confidence: 1 };
  if (!isBodyPhrase(phrase) || DASHED.test(phrase)) return undefined;
  return context.resolve(phrase.replace(CUT, ''), alone);
}

/** "Bank of Beirut and the Arab Countries (BBAC)": two items whose joined words spell the acronym are one name. */
function itemsOf(text: string): ListItem[] {
  const items: ListItem[] = [];
  for (const item of listItems(text)) {
    const previous = items.at(-1);
    const joined = previous && `${previous.phrase} and ${item.phrase}`;
    if (previous && item.acronym && spans(item.acronym, joined as string))
      items[items.length - 1] = { ...item, phrase: joined as string };
    else items.push(item);
  }
  return items;
}

const spans = (acronym: string, phrase: string) =>
  spelledName(acronym, phrase) === phrase.replace(/^\s*(?:the|le|la|les|l['’])\s*/iu, '');

/** Whether an item's words stand within `reach` characters of one end of the side's text. */
const near = (text: string, phrase: string, atEnd: boolean) => {
  const reach = phrase.length + 10;
  const side = text.trim();
  return (atEnd ? side.slice(-reach) : side.slice(0, reach)).includes(phrase);
};

/** "hosted by A in partnership with B": a passive's agent, with no comma between it and the frame. */
const AGENT = /(?<![\p{L}])(?:by|par)\s+(?=[^,;]*$)/u;

/** "A, the young regional network, received …": a lowercase gloss between the subject and its verb. */
export const GLOSS = /,\s*(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?\p{Ll}[^,;:\p{Lu}]*,\s*$/u;

/** The subject: the run of bodies that ends right before the verb ("After the flood, A, B and C have …"). */
function subjectList(before: string, context: ReaderContext, agent = false): Body[] {
  const agentAt = agent ? AGENT.exec(before) : null;
  const own = agentAt ? before.slice(agentAt.index + agentAt[0].length) : before;
  const text = own.replace(SUBJECT_TAIL, '').replace(GLOSS, '');
  // 'The Conference "Growth with Equity and Inclusion" organised by': a quoted title is no list of bodies.
  if (QUOTE_CLOSED.test(text)) return [];
  // "…, in cooperation with A": a comma before the frame leaves its subject to an earlier clause.
  if (/,\s*$/u.test(text)) return [];
  const items = itemsOf(text);
  if (SHARED_ACRONYM.test(text) || !near(text, items.at(-1)?.phrase ?? '\u0000', true)) return [];
  const alone = items.length > 1;
  const bodies: Body[] = [];
  for (const [index, item] of [...items.entries()].reverse()) {
    const body = bodyOf(item.phrase, alone, context);
    // "Accordingly, A and B …": a clause's first word is capitalised whatever it is.
    const opening =
      index === 0 &&
      text.trimStart().startsWith(item.phrase) &&
      /^\p{Lu}\p{Ll}+$/u.test(item.phrase);
    // "The Coastal Ball was organised": the name must close the item, no verb after it.
    const closes =
      body && (body.name === context.self.name || item.phrase.trimEnd().endsWith(body.name));
    if (!body || !closes || (opening && body.match === null)) break;
    bodies.unshift(body);
  }
  return bodies;
}

/**
 * The object: the run of bodies that opens right after the verb ("… with A and B to repair …"), or
 * after a kind noun set before the first name ("acquired the dairy company A") when none opens there.
 */
function objectList(text: string, context: ReaderContext): Body[] {
  const bodies = objectRun(text, context);
  if (bodies.length > 0) return bodies;
  const named = afterKindApposition(text);
  return named === undefined ? [] : objectRun(named, context);
}

/** The run of bodies that opens the text, a town and region after the first name left out. */
function objectRun(text: string, context: ReaderContext): Body[] {
  const after = withoutTownAfterName(afterCategoryLeadIn(text));
  if (QUOTE_OPENED.test(after)) return [];
  const items = itemsOf(after.replace(/^\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?/iu, ''));
  const first = items[0]?.phrase ?? '';
  // "between co-operatives, A, B": the list must open where the frame ends.
  if (SHARED_ACRONYM.test(after) || !near(after, first || '\u0000', false)) return [];
  const alone = items.length > 1;
  const bodies: Body[] = [];
  for (const item of items) {
    const body = bodyOf(item.phrase, alone, context);
    if (!body) break;
    bodies.push(body);
  }
  // "the Federation of Savings and Credit Unions": one body before "and" + a capital may be half a name.
  const at = after.indexOf(first);
  const rest = at >= 0 ? after.slice(at + first.length) : '';
  const halved = (bodies.length === 1 && SPLIT_AT_AND.test(rest)) || DASHED.test(rest);
  return halved ? [] : bodies;
}

/**
 * "Bank of Beirut and the Arab Countries (BBAC)": the sentence reaches the reader with its parentheses
 * blanked, and a blank after "A and B" with none after A may be one acronym for one name with "and".
 */
const SHARED_ACRONYM = /(?:^|[,;:])[^,;:]*?\S(?: (?! )| {2}(?! ))(?:and|et) [^,;:]*?\S {3,}/u;

/** A side that ends on a closing quotation mark, or opens on an opening one, is a quoted title. */
const QUOTE_CLOSED = /[”»"]\s*$/u;
const QUOTE_OPENED = /^\s*(?:(?:the|le|la|les)\s+|l['’]\s*)?[“«"]/iu;

/** What follows a first item when "and" went on with a capitalised word the list did not keep. */
const SPLIT_AT_AND = /^\s*(?:and|et)\s+\p{Lu}/u;
/** "WFTO - Europe": a name that goes on after a dash is not the name before it. */
const DASHED = /(?:^|\s)[-–]\s*\p{Lu}/u;

const sameBody = (a: Body, b: Body) => (a.match ?? a.name) === (b.match ?? b.name);

/** Each pair of one list, once: a partnership of A, B and C is A–B, A–C and B–C. */
function pairs(bodies: readonly Body[]): [Body, Body][] {
  return bodies.flatMap((a, i) =>
    bodies.slice(i + 1).flatMap((b): [Body, Body][] => (sameBody(a, b) ? [] : [[a, b]])),
  );
}

/** An act whose owner goes unnamed is the actor's: read lower than one whose subject is written. */
const OWNER_UNNAMED = 0.8;
/** "the acquisition of B by C": an agent after the object names another owner. */
const AGENT_AFTER = /(?<![\p{L}])(?:by|par)(?![\p{L}])/u;

/** No other body before the noun ("Its acquisition of", "2010 :") and no agent after its object. */
const actorsAct = (before: string, after: string, context: ReaderContext) =>
  context.othersIn(before).length === 0 && !AGENT_AFTER.test(after);

/** The readings one frame gives for a clause, or none when a side holds no body. */
function readFrame(clause: string, frame: Frame, context: ReaderContext): Reading[] {
  const match = frame.pattern.exec(clause);
  if (!match) return [];
  const before = clause.slice(0, match.index);
  const inner = match.groups?.object;
  const after = inner ?? clause.slice(match.index + match[0].length);
  const objects = objectList(after, context);
  // The noun names one acquisition: "of A and B Company" may be one name the list cut in two.
  if (frame.actorOwns && objects.length !== 1) return [];
  const named = subjectList(before, context, frame.agent);
  const subjects =
    named.length === 0 && frame.actorOwns && actorsAct(before, after, context)
      ? [{ ...context.self, confidence: OWNER_UNNAMED }]
      : named;
  const reading = (from: Body, to: Body): Reading => ({
    type: frame.type,
    from,
    to,
    confidence: Math.min(from.confidence, to.confidence),
  });
  // "between A and four companies including B, C": A with each of the companies, not B with C.
  const including = frame.mutual === 'object' ? INCLUDING.exec(after) : null;
  if (including) {
    const [left, right] = [
      after.slice(0, including.index),
      after.slice(including.index + including[0].length),
    ];
    const leftBodies = objectList(left, context);
    return leftBodies.flatMap((a) => objectList(right, context).map((b) => reading(a, b)));
  }
  const mutual = frame.mutual === 'object' ? objects : frame.mutual ? subjects : [];
  // "A and B have partnered with C": the object, when named, is the partner of each subject.
  if (frame.mutual === 'object' || (frame.mutual === 'subject' && objects.length === 0))
    return mutual.length >= 2 ? pairs(mutual).map(([a, b]) => reading(a, b)) : [];
  return subjects.flatMap((subject) =>
    objects
      .filter((object) => !sameBody(subject, object))
      .map((object) =>
        frame.from === 'subject' ? reading(subject, object) : reading(object, subject),
      ),
  );
}

/** The readings of the first frame that finds bodies on both sides; none for a denied or supposed clause. */
export function readFrames(clause: string, context: ReaderContext): Reading[] {
  if (UNASSERTED.test(clause) || PERSON_TITLE.test(clause)) return [];
  const found = FRAMES.map((frame) => ({ frame, at: frame.pattern.exec(clause)?.index ?? -1 }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { frame } of found) {
    const readings = readFrame(clause, frame, context);
    if (readings.length > 0) return readings;
  }
  return [];
}
