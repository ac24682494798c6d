// Scores dry-run results against expected ones: precision and recall of relations, exact fields.
import { normalise } from '../text/normalise.js';
import type { ProposedRelation } from './extract.js';
import type { ProfileResult } from './profile-import.js';

export interface FileScore {
  file: string;
  truePositives: number;
  /** Proposed but not expected, as "TYPE other". */
  falsePositives: string[];
  /** Expected but not proposed. */
  falseNegatives: string[];
  /** Among the relations found: how many have the expected `since`, and the expected `role`. */
  sinceExact: number;
  roleExact: number;
  /** Actor fields (match, name, acronym, founded, resourceCounts) equal to the expected ones. */
  actorFieldsExact: number;
  actorFields: number;
  wrongActorFields: string[];
}

export interface Totals {
  precision: number;
  recall: number;
  sinceExactness: number;
  roleExactness: number;
  actorExactness: number;
}

/** What makes two proposals the same claim: type, direction, the other end, founding. */
function identity(relation: ProposedRelation): string {
  const other = relation.other.match ?? `new "${normalise(relation.other.name)}"`;
  return `${relation.type} ${relation.direction} ${other}${relation.founding ? ' (founding)' : ''}`;
}

const ACTOR_FIELDS = ['match', 'name', 'acronym', 'founded', 'resourceCounts'] as const;

export function scoreFile(actual: ProfileResult, expected: ProfileResult): FileScore {
  const wanted = new Map(expected.relations.map((relation) => [identity(relation), relation]));
  const got = new Map(actual.relations.map((relation) => [identity(relation), relation]));
  let sinceExact = 0;
  let roleExact = 0;
  for (const [id, relation] of got) {
    const expectedRelation = wanted.get(id);
    if (!expectedRelation) continue;
    if (relation.since === expectedRelation.since) sinceExact += 1;
    if (normalise(relation.role ?? '') === normalise(expectedRelation.role ?? '')) roleExact += 1;
  }
  const wrongActorFields = ACTOR_FIELDS.filter(
    (field) => JSON.stringify(actual.actor[field]) !== JSON.stringify(expected.actor[field]),
  );
  return {
    file: actual.file,
    truePositives: [...got.keys()].filter((id) => wanted.has(id)).length,
    falsePositives: [...got.keys()].filter((id) => !wanted.has(id)),
    falseNegatives: [...wanted.keys()].filter((id) => !got.has(id)),
    sinceExact,
    roleExact,
    actorFieldsExact: ACTOR_FIELDS.length - wrongActorFields.length,
    actorFields: ACTOR_FIELDS.length,
    wrongActorFields,
  };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

export function totals(scores: readonly FileScore[]): Totals {
  const sum = (pick: (score: FileScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0);
  const truePositives = sum((score) => score.truePositives);
  return {
    precision: ratio(truePositives, truePositives + sum((score) => score.falsePositives.length)),
    recall: ratio(truePositives, truePositives + sum((score) => score.falseNegatives.length)),
    sinceExactness: ratio(
      sum((score) => score.sinceExact),
      truePositives,
    ),
    roleExactness: ratio(
      sum((score) => score.roleExact),
      truePositives,
    ),
    actorExactness: ratio(
      sum((score) => score.actorFieldsExact),
      sum((score) => score.actorFields),
    ),
  };
}
