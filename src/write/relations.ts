import type { Database } from '../db/database.js';
import { badInput, notFound } from '../domain-error.js';
import { MISSING_ENTITY_KEYS } from '../graph/entities.js';
import type { Author } from '../history/changes.js';
import { type VersionedTransaction, versionedWrite } from '../history/versioned-write.js';
import { CAPS, isYear, WRITE_LIMITS } from '../limits.js';
import { relationProblems } from '../model/rules.js';
import { relationSnapshot, relationToProps } from '../model/storage.js';
import { parseRelationId, type Relation, relationId, versionOf } from '../model/types.js';
import type { RelationType } from '../model/vocabulary.js';
import { conflict, date, invalid, sourceKeys } from './model-input.js';
import { InputProblems } from './problems.js';
import { optionalText, requiredText } from './validate.js';
import {
  DELETE_RELATION,
  FOUNDING_OF_PAIR,
  MISSING_SOURCES,
  RELATION_FOR_WRITE,
  WRITE_RELATION,
} from './write-queries.js';

/** The fields of a relation a write may set; in an update, absent keeps a field and null clears it. */
export interface RelationFields {
  since?: string | null;
  until?: string | null;
  role?: string | null;
  founding?: boolean | null;
  attested?: readonly number[] | null;
  disputed?: boolean | null;
  note?: string | null;
  sources?: readonly string[] | null;
}

export interface RelationWrite {
  relation: Relation;
  version: number;
  graphVersion: number;
}

type Optional = 'since' | 'until' | 'role' | 'note';

/** `input` applied over `base`, every problem kept in `problems` (a field with one keeps its base value). */
function applyFields(
  base: Relation,
  input: RelationFields,
  at: string,
  problems: InputProblems,
): Relation {
  const next: Relation = { ...base };
  const set = <K extends Optional>(field: K, convert: () => Relation[K] | undefined | null) => {
    const value = problems.check(convert);
    if (value === undefined || value === null) delete next[field];
    else next[field] = value;
  };
  const has = (field: keyof RelationFields) => input[field] !== undefined;
  if (has('since')) set('since', () => date(`${at}.since`, input.since));
  if (has('until')) set('until', () => date(`${at}.until`, input.until));
  if (has('role')) set('role', () => optionalText(`${at}.role`, input.role, WRITE_LIMITS.name));
  if (has('note')) set('note', () => optionalText(`${at}.note`, input.note, WRITE_LIMITS.reason));
  if (has('founding')) next.founding = input.founding ?? false;
  if (has('disputed')) next.disputed = input.disputed ?? false;
  if (has('sources')) {
    next.sources = problems.check(() => sourceKeys(`${at}.sources`, input.sources)) ?? next.sources;
  }
  if (has('attested')) {
    const years = input.attested ?? [];
    if (years.some((year) => !isYear(year)) || years.length > CAPS.attestedYears) {
      problems.check(() => {
        throw badInput(`${at}.attested`, `takes at most ${CAPS.attestedYears} four-digit years`);
      });
    } else next.attested = [...new Set(years)].sort((a, b) => a - b);
  }
  return next;
}

/**
 * The model's rules, the sources' existence and the one founding encoding per pair, inside the
 * write's transaction; then one error listing every problem of the input, when there is any.
 */
async function check(
  tx: VersionedTransaction,
  relation: Relation,
  at: string,
  problems: InputProblems,
): Promise<void> {
  problems.check(() => {
    const problem = invalid(at, relationProblems(relation));
    if (problem) throw problem;
  });
  const [missing = []] = await tx.run(MISSING_SOURCES, { keys: relation.sources });
  if (missing.length > 0) {
    problems.check(() => {
      throw badInput(`${at}.sources`, `unknown source ${missing.map((k) => `"${k}"`).join(', ')}`);
    });
  }
  // One encoding of a founding per pair, as in the curated files.
  const other = relation.type === 'FOUNDED' ? 'MEMBER_OF' : 'FOUNDED';
  if (relation.type === 'FOUNDED' || (relation.type === 'MEMBER_OF' && relation.founding)) {
    const found = await tx.run(FOUNDING_OF_PAIR, { from: relation.from, to: relation.to });
    if (found.includes(other)) {
      problems.check(() => {
        throw badInput(
          at,
          'has both a founding MEMBER_OF and a FOUNDED for the same pair: a founding member is MEMBER_OF with `founding: true` only',
        );
      });
    }
  }
  problems.throwIfAny();
}

async function store(tx: VersionedTransaction, relation: Relation, author: Author, origin: string) {
  const [written] = await tx.run(WRITE_RELATION, {
    from: relation.from,
    to: relation.to,
    type: relation.type,
    props: relationToProps(relation),
    origin,
    who: author.who,
  });
  if (!written) throw new Error('the write returned no row');
  return written;
}

export type AddRelationInput = RelationFields & {
  from: string;
  type: RelationType;
  to: string;
  sources: readonly string[];
};

/** addRelation's checks and write inside a versioned write another operation may share. */
export async function addRelationIn(
  tx: VersionedTransaction,
  author: Author,
  input: AddRelationInput,
  reason: string | null,
  origin: 'api' | 'import' = 'api',
  at = 'addRelation.input',
): Promise<Relation> {
  const problems = new InputProblems();
  const blank: Relation = {
    from: problems.check(() => requiredText(`${at}.from`, input.from, WRITE_LIMITS.key)) ?? '',
    type: input.type,
    to: problems.check(() => requiredText(`${at}.to`, input.to, WRITE_LIMITS.key)) ?? '',
    founding: false,
    attested: [],
    disputed: false,
    sources: [],
  };
  const relation = applyFields(blank, input, at, problems);
  const [missing = []] = await tx.run(MISSING_ENTITY_KEYS, { keys: [relation.from, relation.to] });
  for (const end of ['from', 'to'] as const) {
    if (relation[end] !== '' && missing.includes(relation[end])) {
      problems.check(() => {
        throw notFound(`${at}.${end}`, `no node has the key "${relation[end]}"`);
      });
    }
  }
  const { from, type, to } = relation;
  const [existing] = await tx.run(RELATION_FOR_WRITE, { from, type, to });
  if (existing) {
    problems.check(() => {
      throw badInput(
        at,
        `the relation ${relationId(relation)} already exists (version ${versionOf(existing)}): update it instead`,
      );
    });
  }
  await check(tx, relation, at, problems);
  const record = await store(tx, relation, author, origin);
  await tx.record({
    operation: 'ADD_RELATION',
    entityType: 'Relation',
    entityKey: relationId(relation),
    before: null,
    after: relationSnapshot(relation),
    reason,
  });
  return { ...relation, record };
}

export async function addRelation(
  db: Database,
  author: Author,
  input: AddRelationInput,
  reason: string | null,
  origin: 'api' | 'import' = 'api',
): Promise<RelationWrite> {
  const { result, graphVersion } = await versionedWrite(db, author, (tx) =>
    addRelationIn(tx, author, input, reason, origin),
  );
  return { relation: result, version: versionOf(result), graphVersion };
}

async function current(tx: VersionedTransaction, id: string, expectedVersion: number, at: string) {
  const ends = parseRelationId(`${at}.id`, id);
  const [relation] = await tx.run(RELATION_FOR_WRITE, ends);
  if (!relation) throw notFound(`${at}.id`, `no relation has the id "${id}"`);
  const version = versionOf(relation);
  if (version !== expectedVersion) throw conflict(`The relation ${id}`, expectedVersion, version);
  return relation;
}

export async function updateRelation(
  db: Database,
  author: Author,
  id: string,
  expectedVersion: number,
  patch: RelationFields,
  reason: string | null,
  operation = 'UPDATE_RELATION',
  at = 'updateRelation',
): Promise<RelationWrite> {
  const { result, graphVersion } = await versionedWrite(db, author, async (tx) => {
    const before = await current(tx, id, expectedVersion, at);
    const relation = await updateRelationIn(tx, author, before, patch, reason, operation, at);
    return { relation, version: versionOf(relation) };
  });
  return { ...result, graphVersion };
}

/** updateRelation's checks and write inside a versioned write another operation may share; `before` read under its lock. */
export async function updateRelationIn(
  tx: VersionedTransaction,
  author: Author,
  before: Relation,
  patch: RelationFields,
  reason: string | null,
  operation = 'UPDATE_RELATION',
  at = 'updateRelation',
  origin: 'api' | 'import' = 'api',
): Promise<Relation> {
  const problems = new InputProblems();
  const after = applyFields(before, patch, `${at}.patch`, problems);
  await check(tx, after, `${at}.patch`, problems);
  const record = await store(tx, after, author, origin);
  await tx.record({
    operation,
    entityType: 'Relation',
    entityKey: relationId(before),
    before: relationSnapshot(before),
    after: relationSnapshot(after),
    reason,
  });
  return { ...after, record };
}

/** Marks a relation disputed (or resolved), with the note that says who says what. */
export function markRelationDisputed(
  db: Database,
  author: Author,
  id: string,
  expectedVersion: number,
  disputed: boolean,
  note: string,
  reason: string | null,
): Promise<RelationWrite> {
  const text = requiredText('markRelationDisputed.note', note, WRITE_LIMITS.reason);
  const operation = disputed ? 'MARK_DISPUTED' : 'RESOLVE_DISPUTE';
  return updateRelation(
    db,
    author,
    id,
    expectedVersion,
    { disputed, note: text },
    reason,
    operation,
    'markRelationDisputed',
  );
}

export async function retractRelation(
  db: Database,
  author: Author,
  id: string,
  expectedVersion: number,
  reason: string,
): Promise<{ id: string; graphVersion: number }> {
  const at = 'retractRelation';
  const why = requiredText(`${at}.reason`, reason, WRITE_LIMITS.reason);
  const { graphVersion } = await versionedWrite(db, author, async (tx) => {
    const before = await current(tx, id, expectedVersion, at);
    await tx.run(DELETE_RELATION, { from: before.from, type: before.type, to: before.to });
    await tx.record({
      operation: 'RETRACT_RELATION',
      entityType: 'Relation',
      entityKey: id,
      before: relationSnapshot(before),
      after: null,
      reason: why,
    });
  });
  return { id, graphVersion };
}
