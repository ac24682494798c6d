// A candidate's class: the (type, direction) an expected relation gives its pair, as import:eval would match it, else "none".

import { type ExpectedRelation, scoreFile } from '../../src/import/evaluate.js';
import type { ImportedActor } from '../../src/import/profile-import.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import type { RelationType } from '../../src/model/vocabulary.js';
import type { Candidate } from './candidates.js';

export const NONE = 'none';

/** The relation types the annotations use, most frequent first; a pair takes the first that matches. */
export const LEARNED_TYPES: readonly RelationType[] = [
  'MEMBER_OF',
  'FOUNDED',
  'PARTNER_OF',
  'INITIATED',
  'FUNDS',
  'EMERGED_FROM',
  'PART_OF',
  'PARTICIPATES_IN',
  'SUCCEEDED',
  'LED_TO',
];

/** "MEMBER_OF>" reads a→b, "MEMBER_OF<" b→a; a partnership has one reading. */
export const classesOf = (type: RelationType) =>
  type === 'PARTNER_OF' ? [`${type}>`] : [`${type}>`, `${type}<`];

/** The proposal a class makes of a candidate's pair, shaped as the extractor's. */
export function relationOf(
  candidate: Candidate,
  label: string,
  confidence: number,
): ProposedRelation {
  const type = label.slice(0, -1) as RelationType;
  const forward = label.endsWith('>');
  const [from, to] = forward ? [candidate.a, candidate.b] : [candidate.b, candidate.a];
  const relation: ProposedRelation = {
    type,
    from,
    to,
    since: null,
    role: null,
    founding: false,
    evidence: (candidate.contexts[0]?.sentence ?? '').trim(),
    confidence: Math.round(confidence * 100) / 100,
  };
  if (!candidate.aSelf) return relation;
  return forward
    ? { ...relation, direction: 'OUTGOING', other: to }
    : { ...relation, direction: 'INCOMING', other: from };
}

/** The class the annotations give a candidate, judged by the evaluation's own matching. */
export function labelOf(
  candidate: Candidate,
  actor: ImportedActor,
  expected: { actor: ImportedActor; relations: readonly ExpectedRelation[] },
): string {
  for (const type of LEARNED_TYPES)
    for (const label of classesOf(type)) {
      const result = {
        file: '',
        actor,
        relations: [relationOf(candidate, label, 1)],
        newActors: [],
      };
      if (scoreFile(result, expected).truePositives === 1) return label;
    }
  return NONE;
}
