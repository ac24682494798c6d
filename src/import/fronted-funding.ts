// "Grâce à un financement de A, le CCO formera …": a fronted funding phrase funds the main clause's subject.
import { isBodyPhrase } from './general-items.js';
import { PERSON_TITLE } from './general-lexicon.js';
import { listItems } from './list-items.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';

/**
 * Money words only: "with the support of A" also means advice or a letter of support (0 of 3 funding
 * in rounds 8-13 when not fronted), so support counts only when it is financial.
 */
const FUNDING =
  '(?:funding|financing|financial support|financial backing|(?:a |an )?(?:\\p{Ll}+ )?grant|grants|a loan|financement|financements|soutien financier|appui financier|aide financière|concours financier|subvention|subventions|cofinancement|co-financement)';

/** The phrase opens the sentence (after a date or "Then"): "With funding from A and B, …". */
const FRONTED = new RegExp(
  `^\\s*(?:(?:in|en) \\d{4},?\\s+|(?:then|puis|ensuite|today|aujourd['’]hui),?\\s+)?(?:with|thanks to|through|grâce à|avec|par)\\s+(?:the |a |an |le |la |l['’]|un |une |au |à la |des )?${FUNDING}\\s+(?:from|of|by|de la part d(?:e|u|es|['’])|de|du|des|d['’])\\s*(?<givers>[^,;:]+),\\s*(?<rest>.+)$`,
  'iu',
);

/** The main clause's subject: a pronoun or a reference to the actor, or a name, up to its verb. */
const SUBJECT =
  /^(?<subject>(?:(?:the|le|la|les|l['’]|this|ce|cette)\s*)?(?:\p{Lu}[\p{L}\p{N}'’&.-]*|\p{Ll}+)(?:\s+(?:(?:of|for|de|du|des|la|le|d['’])\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*)*)\s+\p{Ll}/u;

/** The body the clause after the comma is about, or nothing when it opens otherwise. */
function subjectOf(rest: string, context: ReaderContext): Body | undefined {
  const subject = SUBJECT.exec(rest)?.groups?.subject;
  if (!subject) return undefined;
  if (context.refersToSelf(subject) && context.othersIn(subject).length === 0)
    return { ...context.self, confidence: 1 };
  return isBodyPhrase(subject) ? context.resolve(subject, false) : undefined;
}

/** The givers named in the fronted phrase, every item a body. */
function giversOf(text: string, context: ReaderContext): Body[] {
  const bodies: Body[] = [];
  for (const item of listItems(text)) {
    const body = isBodyPhrase(item.phrase) ? context.resolve(item.phrase, true) : undefined;
    if (!body) return [];
    bodies.push(body);
  }
  return bodies;
}

/** Each giver of a fronted funding phrase funds the subject of the clause it opens. */
export function readFrontedFunding(clause: string, context: ReaderContext): Reading[] {
  const match = FRONTED.exec(clause);
  if (!match || PERSON_TITLE.test(clause)) return [];
  const receiver = subjectOf(match.groups?.rest ?? '', context);
  if (!receiver) return [];
  return giversOf(match.groups?.givers ?? '', context)
    .filter((giver) => (giver.match ?? giver.name) !== (receiver.match ?? receiver.name))
    .map((giver) => ({
      type: 'FUNDS',
      from: giver,
      to: receiver,
      confidence: Math.min(giver.confidence, receiver.confidence),
    }));
}
