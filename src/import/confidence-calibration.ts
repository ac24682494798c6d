// Two signs that a proposal is wrong more often, on the rounds the rules were written on and on the
// rounds nobody tuned them on alike (session 34, helper precision): a relation between two other
// bodies (right 0.70 of the time on rounds 4–28, 0.12 on 29–32, against 0.83 and 0.47), and a new
// body named by one plain word (0.76 and 0.29, against 0.84 and 0.49). Their confidence is lowered
// so that a band means what it says; what is proposed stays the same.
import { isAcronym } from './names.js';
import type { End, ProposedRelation } from './proposal.js';
import { scaledConfidence } from './proposal.js';

/** A relation between two other bodies. */
const THIRD_PARTY = 0.8;
/** A new body named by one plain word ("Brine", "Initiatives"). */
const ONE_WORD = 0.85;

/** A new end written as one word that is no acronym. */
const isOneWordNew = (end: End) =>
  end.match === null && !/\s/u.test(end.name.trim()) && !isAcronym(end.name.trim());

/** The ends other than the profiled actor: both for a relation between two other bodies. */
function othersOf(relation: ProposedRelation): End[] {
  if (relation.direction === 'INCOMING') return [relation.from];
  if (relation.direction === 'OUTGOING') return [relation.to];
  return [relation.from, relation.to];
}

/** `relation` with its confidence lowered by each sign it shows. */
export function calibrated(relation: ProposedRelation): ProposedRelation {
  let factor = 1;
  if (relation.direction === undefined) factor *= THIRD_PARTY;
  if (othersOf(relation).some(isOneWordNew)) factor *= ONE_WORD;
  return factor === 1
    ? relation
    : { ...relation, confidence: scaledConfidence(factor, relation.confidence) };
}
