// "The network took part in A", "CONFAGRI participated in several projects, like A, B": the actor's past participations.
import { afterCategoryLeadIn } from './category-lead-in.js';
import { listItems } from './list-items.js';
import { CUT } from './patterns.js';
import type { Body, ReaderContext, Reading } from './reader-context.js';

/** The past tense of the participation verbs the triggers read in the present ("participates in", "participe à"). */
const PARTICIPATED =
  /(?<![\p{L}])(?:(?:has |have |had )?(?:participated|took part|taken part) in|(?:a|ont|avait|avaient) (?:participé|pris part) (?=à|au|aux)(?:à|au|aux))(?![\p{L}])/iu;

/** "several projects, like A": "like" and "comme" open the examples as "such as" does. */
const LIKE = /,?\s+(?:like|comme)\s+/u;

/** A whole item that is a name: capitalised words (and acronyms) with function words between them. */
const WHOLE_NAME =
  /^(?:(?:the|le|la|les|l['’])\s*)?\p{Lu}[\p{L}\p{N}_'’&-]*(?:\s+(?:(?:of|for|on|de|du|des|la|le|d['’])\s+)*\p{Lu}[\p{L}\p{N}_'’&-]*)*$/u;

/** The named events or projects after the verb, up to the first item that is not a whole name. */
function eventsOf(text: string, context: ReaderContext): Body[] {
  const open = afterCategoryLeadIn(text.replace(LIKE, ', such as '));
  const bodies: Body[] = [];
  for (const item of listItems(open.replace(CUT, ''))) {
    const phrase = item.phrase.trim();
    if (item.coAgent || !WHOLE_NAME.test(phrase)) break;
    const body = context.resolve(phrase, true);
    if (!body || context.isSelf(body)) break;
    bodies.push(body);
  }
  return bodies;
}

/** The actor, alone before the verb, took part in each named event or project after it. */
export function readParticipations(clause: string, context: ReaderContext): Reading[] {
  const match = PARTICIPATED.exec(clause);
  if (!match) return [];
  const before = clause.slice(0, match.index);
  // "Its members took part in …", "A and the network took part": only the actor, nothing else named.
  if (!context.refersToSelf(before) || context.othersIn(before).length > 0) return [];
  if (
    /(?<![\p{L}])(?:members?|membres?|adhérents?|partners?|partenaires?)(?![\p{L}])/iu.test(before)
  )
    return [];
  return eventsOf(clause.slice(match.index + match[0].length), context).map((event) => ({
    type: 'PARTICIPATES_IN',
    from: context.self,
    to: event,
    confidence: event.confidence,
  }));
}
