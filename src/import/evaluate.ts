// Scores dry-run results against expected ones: precision and recall of relations, exact fields.
import { basename } from 'node:path';
import { normalise } from '../text/normalise.js';
import type { End, ProposedRelation } from './extract.js';
import type { Matcher } from './match.js';
import type { ImportedActor, ProfileResult } from './profile-import.js';

/** The round a profile belongs to: its name's prefix ("e", "h", "g", "r4"). */
export const roundOf = (file: string) =>
  /^([a-z]+\d*)-\d/u.exec(basename(file))?.[1] ?? /^[a-z]+/u.exec(basename(file))?.[0] ?? '';

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
  /** Each proposal's confidence and whether it is an expected relation, in the page's order. */
  proposals: ProposalOutcome[];
}

export interface ProposalOutcome {
  confidence: number;
  right: boolean;
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

/** "ANCT" for "Agence nationale de la cohésion des territoires": the initials of its content words. */
function initials(name: string): string {
  return normalise(name)
    .split(' ')
    .filter(
      (word) =>
        word !== '' &&
        !/^(?:of|for|and|the|de|du|des|d|pour|et|la|le|les|l|en|a|au|aux|on|in)$/.test(word),
    )
    .map((word) => word.charAt(0))
    .join('');
}

/** One body written two ways: the same key, or an acronym the other's initials spell. */
function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [a, b].map((id) => /^new "(.*)"$/.exec(id)?.[1]);
  if (x === undefined || y === undefined) return false;
  const short = x.length < y.length ? x : y;
  const long = short === x ? y : x;
  return /^[a-z]{3,8}$/.test(short) && long.includes(' ') && initials(long) === short;
}

function endId(end: End, actor: ImportedActor): string {
  if (end.match !== null && end.match === actor.match) return 'self';
  const name = nameKey(end.name);
  if (name === nameKey(actor.name) || (actor.acronym && name === nameKey(actor.acronym)))
    return 'self';
  return end.match ?? `new "${name}"`;
}

/** The profiled actor as a body ("self" nowhere): so that the page's actor read as another body
 * still scores the relations it states between the bodies themselves. */
function actorId(actor: ImportedActor): string {
  return actor.match ?? `new "${nameKey(actor.name)}"`;
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
function identity(relation: ExpectedRelation, actor: ImportedActor, concrete = false): string {
  const pair = ends(relation, actor);
  if (!pair) return `${relation.type} ?`;
  let [from, to] = pair
    .map((end) => endId(end, actor))
    .map((id) => (concrete && id === 'self' ? actorId(actor) : id)) as [string, string];
  const type =
    relation.type === 'MEMBER_OF' && relation.founding ? 'FOUNDED' : (relation.type as string);
  if (type === 'PARTNER_OF' && to < from) [from, to] = [to, from];
  return `${from} ${type} ${to}`;
}

/** A graph key for a name only when the graph writes it so (name, alias or acronym): never a guess. */
export function exactKey(matcher: Matcher): (name: string) => string | null {
  return (name) => {
    const match = matcher.matchPhrase(name);
    return match && (match.how === 'exact' || match.how === 'acronym') ? match.key : null;
  };
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

/** A year written by hand in an expected file may be a number (2015) or text ("2015"): one year. */
function sameYear(a: unknown, b: unknown): boolean {
  return String(a ?? '') === String(b ?? '');
}

function sameField(field: (typeof ACTOR_FIELDS)[number], a: ImportedActor, b: ImportedActor) {
  if (field === 'name') return nameKey(a.name) === nameKey(b.name);
  if (field === 'founded') return sameYear(a.founded, b.founded);
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

type ActorName = Pick<ImportedActor, 'match' | 'name' | 'acronym'>;

/** Whether a read actor is the expected one: the same graph key, else the same name or acronym. */
export function sameActor(read: ActorName, expected: ActorName): boolean {
  if (read.match !== null) return read.match === expected.match;
  const acronym = expected.acronym;
  return (
    nameKey(read.name) === nameKey(expected.name) ||
    (acronym !== null &&
      [read.name, read.acronym].some((name) => name && nameKey(name) === nameKey(acronym)))
  );
}

export function scoreFile(
  actual: ProfileResult,
  expected: { actor: ImportedActor; relations: readonly ExpectedRelation[] },
): FileScore {
  const wanted = new Map(
    expected.relations.map((relation) => [identity(relation, expected.actor), relation]),
  );
  // The page's actor read right under another form of its name is the expected actor.
  const actualActor = sameActor(actual.actor, expected.actor) ? expected.actor : actual.actor;
  // The same relations with the actor written as the body it is: a page whose actor was read as
  // another body ("FTAO" on WFTO-Europe's page) still states "A founded FTAO" rightly.
  const concrete = new Map(
    expected.relations.map((relation) => [identity(relation, expected.actor, true), relation]),
  );
  const byConcrete = new Map(
    expected.relations.map((relation) => [
      identity(relation, expected.actor, true),
      identity(relation, expected.actor),
    ]),
  );
  const got = new Map<string, ExpectedRelation>();
  const proposals: ProposalOutcome[] = [];
  for (const relation of actual.relations) {
    let id = identity(relation, actualActor);
    const asBody = identity(relation, actualActor, true);
    if (!wanted.has(id) && concrete.has(asBody)) id = byConcrete.get(asBody) as string;
    if (!wanted.has(id)) {
      const [from, type, to] = splitIdentity(id);
      const twin = [...wanted.keys()].find((other) => {
        const [wFrom, wType, wTo] = splitIdentity(other);
        return wType === type && sameBody(from, wFrom) && sameBody(to, wTo);
      });
      if (twin) id = twin;
    }
    got.set(id, relation);
    proposals.push({ confidence: relation.confidence, right: wanted.has(id) });
  }
  let sinceExact = 0;
  let roleExact = 0;
  for (const [id, relation] of got) {
    const expectedRelation = wanted.get(id);
    if (!expectedRelation) continue;
    if (sameYear(relation.since, expectedRelation.since)) sinceExact += 1;
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
    proposals,
  };
}

/** "from TYPE to" back into its parts (a new node's quoted name may hold spaces). */
function splitIdentity(id: string): [string, string, string] {
  const match = /^(.*) ([A-Z_]+) (.*)$/.exec(id);
  return match ? [match[1] as string, match[2] as string, match[3] as string] : [id, '', ''];
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
