// Scores dry-run results against expected ones: precision and recall of relations, exact fields.
import { normalise } from '../text/normalise.js';
import type { End, ProposedRelation } from './extract.js';
import type { ImportedActor, ProfileResult } from './profile-import.js';

export interface FileScore {
  file: string;
  truePositives: number;
  /** Proposed but not expected, as "from TYPE to". */
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
  /** The refusal's code (NO_TITLE, EMPTY, …) when the importer refused the page. */
  refused?: string;
}

export interface Totals {
  precision: number;
  recall: number;
  sinceExactness: number;
  roleExactness: number;
  actorExactness: number;
}

/** An expected relation as written in X.expected.json: both ends, or the older `direction`/`other`. */
export type ExpectedRelation = Partial<ProposedRelation> & Pick<ProposedRelation, 'type'>;

const LEADING_ARTICLES = /^(?:the|le|la|les|l|an?) /;

/** A new node's name as compared: normalised, without a leading article or a parenthesis. */
export function nameKey(name: string): string {
  return normalise(name.replace(/\([^)]*\)/g, ' ')).replace(LEADING_ARTICLES, '');
}

function endId(end: End, actor: ImportedActor): string {
  if (end.match !== null && end.match === actor.match) return 'self';
  const name = nameKey(end.name);
  if (name === nameKey(actor.name) || (actor.acronym && name === nameKey(actor.acronym)))
    return 'self';
  return end.match ?? `new "${name}"`;
}

function ends(relation: ExpectedRelation, actor: ImportedActor): [End, End] | undefined {
  if (relation.from && relation.to) return [relation.from, relation.to];
  if (!relation.other) return undefined;
  const self = { match: actor.match, name: actor.name };
  return relation.direction === 'INCOMING' ? [relation.other, self] : [self, relation.other];
}

/**
 * What makes two proposals the same claim: both ends and the type. A founding membership and a
 * founding are one claim ("A founded B"); a partnership reads the same both ways.
 */
function identity(relation: ExpectedRelation, actor: ImportedActor): string {
  const pair = ends(relation, actor);
  if (!pair) return `${relation.type} ?`;
  let [from, to] = pair.map((end) => endId(end, actor)) as [string, string];
  const type =
    relation.type === 'MEMBER_OF' && relation.founding ? 'FOUNDED' : (relation.type as string);
  if (type === 'PARTNER_OF' && to < from) [from, to] = [to, from];
  return `${from} ${type} ${to}`;
}

/**
 * The expected file with each new node the graph now holds (`resolve` gives its key by the exact
 * name, alias or acronym) written as that node: an annotation made before the graph grew names
 * "CRESS Bretagne" as new, and the importer rightly matches it to `cress-bretagne`.
 */
export function resolveExpected<
  T extends { actor: ImportedActor; relations: readonly ExpectedRelation[] },
>(expected: T, resolve: (name: string) => string | null): T {
  const end = (e: End | undefined) =>
    e === undefined || e.match !== null ? e : { ...e, match: resolve(e.name) };
  const actor =
    expected.actor.match === null && expected.actor.name
      ? { ...expected.actor, match: resolve(expected.actor.name) }
      : expected.actor;
  const relations = expected.relations.map((relation) => {
    const out: ExpectedRelation = { ...relation };
    if (relation.from) out.from = end(relation.from);
    if (relation.to) out.to = end(relation.to);
    if (relation.other) out.other = end(relation.other);
    return out;
  });
  return { ...expected, actor, relations };
}

/** What a refused page proposes: nothing, so every expected relation is missed and the actor unread. */
export function refusedResult(file: string): ProfileResult {
  return {
    file,
    actor: { match: null, name: '', acronym: null, founded: null, resourceCounts: [] },
    relations: [],
    newActors: [],
  };
}

const ACTOR_FIELDS = ['match', 'name', 'acronym', 'founded', 'resourceCounts'] as const;

function sameField(field: (typeof ACTOR_FIELDS)[number], a: ImportedActor, b: ImportedActor) {
  if (field === 'name') return nameKey(a.name) === nameKey(b.name);
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

export function scoreFile(
  actual: ProfileResult,
  expected: { actor: ImportedActor; relations: readonly ExpectedRelation[] },
): FileScore {
  const wanted = new Map(
    expected.relations.map((relation) => [identity(relation, expected.actor), relation]),
  );
  const got = new Map(
    actual.relations.map((relation) => [identity(relation, actual.actor), relation]),
  );
  let sinceExact = 0;
  let roleExact = 0;
  for (const [id, relation] of got) {
    const expectedRelation = wanted.get(id);
    if (!expectedRelation) continue;
    if (relation.since === (expectedRelation.since ?? null)) sinceExact += 1;
    if (normalise(relation.role ?? '') === normalise(expectedRelation.role ?? '')) roleExact += 1;
  }
  const wrongActorFields = ACTOR_FIELDS.filter(
    (field) => !sameField(field, actual.actor, expected.actor),
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

/** Profiles whose actor fields are all exact, as a share of the profiles. */
export function actorProfilesExact(scores: readonly FileScore[]): number {
  return ratio(scores.filter((score) => score.wrongActorFields.length === 0).length, scores.length);
}
