import type { Database } from '../db/database.js';
import { badInput, notFound } from '../domain-error.js';
import type { Author } from '../history/changes.js';
import { type VersionedTransaction, versionedWrite } from '../history/versioned-write.js';
import { LIST_LIMITS, WRITE_LIMITS } from '../limits.js';
import { citedSources, entityProblems } from '../model/rules.js';
import { entityLabels, entityToProps, REPLACEABLE_LABELS } from '../model/storage.js';
import { type Entity, entityWithIdentity, versionOf } from '../model/types.js';
import {
  familyOfKind,
  NAME_LANGUAGES,
  type NameLanguage,
  type NodeKind,
  type Scope,
} from '../model/vocabulary.js';
import { placeCity } from '../places/place-entity.js';
import {
  conflict,
  date,
  type FoundingInput,
  founding,
  invalid,
  memberCounts,
  sourceKeys,
  texts,
} from './model-input.js';
import { InputProblems } from './problems.js';
import { optionalText, requiredText } from './validate.js';
import {
  ENTITY_FOR_WRITE,
  KEY_TAKEN,
  MISSING_SOURCES,
  RETIRE_ENTITY,
  WRITE_ENTITY,
} from './write-queries.js';

/** The fields of an entity a write may set; in an update, absent keeps a field and null clears it. */
export interface EntityFields {
  kind?: NodeKind | null;
  name?: string | null;
  names?: readonly { language: string; name: string }[] | null;
  acronym?: string | null;
  aliases?: readonly string[] | null;
  description?: string | null;
  founded?: FoundingInput | null;
  date?: string | null;
  endDate?: string | null;
  place?: string | null;
  country?: string | null;
  region?: string | null;
  city?: string | null;
  scope?: Scope | null;
  areas?: readonly string[] | null;
  resourceCounts?: readonly { key: string; count: number }[] | null;
  memberCounts?: Parameters<typeof memberCounts>[1];
  disputed?: boolean | null;
  note?: string | null;
  sources?: readonly string[] | null;
}

export interface EntityWrite {
  entity: Entity;
  version: number;
  graphVersion: number;
}

type Optional = Exclude<
  keyof Entity,
  | 'key'
  | 'family'
  | 'kind'
  | 'name'
  | 'names'
  | 'aliases'
  | 'areas'
  | 'resourceCounts'
  | 'memberCounts'
  | 'disputed'
  | 'sources'
  | 'record'
  | 'coordinates'
>;

/**
 * `input` applied over `base`: the field-by-field conversion, each problem naming its field, all
 * of them kept in `problems` (a field with a problem keeps its base value).
 */
function applyFields(
  base: Entity,
  input: EntityFields,
  at: string,
  problems: InputProblems,
): Entity {
  const next: Entity = { ...base };
  const set = <K extends Optional>(field: K, convert: () => Entity[K] | undefined | null) => {
    const value = problems.check(convert);
    if (value === undefined || value === null) delete next[field];
    else next[field] = value;
  };
  const has = (field: keyof EntityFields) => input[field] !== undefined;
  const text = (field: keyof EntityFields, max: number = WRITE_LIMITS.name) =>
    optionalText(`${at}.${field}`, input[field] as string | null | undefined, max) ?? undefined;
  const keep = <T>(convert: () => T, fallback: T): T => problems.check(convert) ?? fallback;
  if (input.kind != null) {
    next.kind = input.kind;
    next.family = familyOfKind(input.kind);
  }
  const { name } = input;
  if (name != null)
    next.name = keep(() => requiredText(`${at}.name`, name, WRITE_LIMITS.name), next.name);
  if (has('names')) next.names = keep(() => names(`${at}.names`, input.names), next.names);
  if (has('aliases')) {
    next.aliases = keep(
      () => texts(`${at}.aliases`, input.aliases, LIST_LIMITS.aliases),
      next.aliases,
    );
  }
  if (has('areas')) {
    next.areas = keep(() => texts(`${at}.areas`, input.areas, LIST_LIMITS.areas), next.areas);
  }
  if (has('resourceCounts')) {
    next.resourceCounts = Object.fromEntries(
      (input.resourceCounts ?? []).map((c) => [c.key, c.count]),
    );
  }
  if (has('memberCounts')) {
    next.memberCounts = keep(
      () => memberCounts(`${at}.memberCounts`, input.memberCounts),
      next.memberCounts,
    );
  }
  if (has('disputed')) next.disputed = input.disputed ?? false;
  if (has('sources'))
    next.sources = keep(() => sourceKeys(`${at}.sources`, input.sources), next.sources);
  if (has('acronym')) set('acronym', () => text('acronym'));
  if (has('description')) set('description', () => text('description', WRITE_LIMITS.quote));
  if (has('founded')) set('founded', () => founding(`${at}.founded`, input.founded));
  if (has('date')) set('date', () => date(`${at}.date`, input.date));
  if (has('endDate')) set('endDate', () => date(`${at}.endDate`, input.endDate));
  if (has('place')) set('place', () => text('place'));
  if (has('country')) set('country', () => text('country'));
  if (has('region')) set('region', () => text('region'));
  if (has('city')) set('city', () => text('city'));
  // Coordinates follow the city, country and region: derived again on every write, never taken as input.
  delete next.coordinates;
  placeCity(next);
  if (has('scope')) set('scope', () => input.scope ?? undefined);
  if (has('note')) set('note', () => text('note', WRITE_LIMITS.reason));
  return next;
}

function names(field: string, values: EntityFields['names']): Entity['names'] {
  const out: Entity['names'] = {};
  for (const [index, { language, name }] of (values ?? []).entries()) {
    if (!(NAME_LANGUAGES as readonly string[]).includes(language)) {
      throw badInput(`${field}[${index}].language`, `must be one of ${NAME_LANGUAGES.join(', ')}`);
    }
    out[language as NameLanguage] = requiredText(
      `${field}[${index}].name`,
      name,
      WRITE_LIMITS.name,
    );
  }
  return out;
}

/**
 * The model's rules and the sources' existence, checked inside the write's transaction; then one
 * error listing every problem of the input, when there is any.
 */
async function check(
  tx: VersionedTransaction,
  entity: Entity,
  at: string,
  problems: InputProblems,
): Promise<void> {
  problems.check(() => {
    const problem = invalid(at, entityProblems(entity));
    if (problem) throw problem;
  });
  const [missing = []] = await tx.run(MISSING_SOURCES, {
    keys: [...new Set(citedSources(entity))],
  });
  if (missing.length > 0) {
    problems.check(() => {
      throw badInput(
        `${at}.sources`,
        `unknown source ${missing.map((k) => `"${k}"`).join(', ')}: add it first (addSource) or cite an existing one`,
      );
    });
  }
  problems.throwIfAny();
}

/** Stores `entity` with its labels; the stored version after the write. */
async function store(tx: VersionedTransaction, entity: Entity, author: Author, origin: string) {
  const [written] = await tx.run(WRITE_ENTITY, {
    key: entity.key,
    labels: entityLabels(entity),
    replaceable: REPLACEABLE_LABELS,
    props: entityToProps(entity),
    origin,
    who: author.who,
  });
  if (!written) throw new Error('the write returned no row');
  return written;
}

/** Stored view of an entity for history: the model without bookkeeping. */
function snapshot(entity: Entity) {
  return entityToProps(entity);
}

export type CreateEntityInput = EntityFields & {
  key: string;
  kind: NodeKind;
  name: string;
  sources: readonly string[];
};

/** createEntity's checks and write inside a versioned write another operation may share. */
export async function createEntityIn(
  tx: VersionedTransaction,
  author: Author,
  input: CreateEntityInput,
  reason: string | null,
  origin: 'api' | 'import' = 'api',
  at = 'createEntity.input',
): Promise<Entity> {
  const blank = entityWithIdentity({
    key: input.key.trim(),
    family: familyOfKind(input.kind),
    kind: input.kind,
    name: '',
  });
  const problems = new InputProblems();
  const entity = applyFields(blank, input, at, problems);
  const [taken] = await tx.run(KEY_TAKEN, { key: entity.key });
  if (taken) {
    problems.check(() => {
      throw badInput(`${at}.key`, `the key "${entity.key}" is already taken`);
    });
  }
  await check(tx, entity, at, problems);
  const record = await store(tx, entity, author, origin);
  await tx.record({
    operation: 'CREATE_ENTITY',
    entityType: 'Entity',
    entityKey: entity.key,
    before: null,
    after: snapshot(entity),
    reason,
  });
  return { ...entity, record };
}

export async function createEntity(
  db: Database,
  author: Author,
  input: CreateEntityInput,
  reason: string | null,
  origin: 'api' | 'import' = 'api',
): Promise<EntityWrite> {
  const { result, graphVersion } = await versionedWrite(db, author, (tx) =>
    createEntityIn(tx, author, input, reason, origin),
  );
  return { entity: result, version: versionOf(result), graphVersion };
}

/** Reads the entity under the write lock and checks the version the writer read. */
async function current(tx: VersionedTransaction, key: string, expectedVersion: number, at: string) {
  const [entity] = await tx.run(ENTITY_FOR_WRITE, { key });
  if (!entity) throw notFound(`${at}.key`, `no node has the key "${key}"`);
  const version = versionOf(entity);
  if (version !== expectedVersion) throw conflict(`"${key}"`, expectedVersion, version);
  return entity;
}

/** updateEntity's checks and write inside a versioned write another operation may share; `before` read under its lock. */
export async function updateEntityIn(
  tx: VersionedTransaction,
  author: Author,
  before: Entity,
  patch: EntityFields,
  reason: string | null,
  origin: 'api' | 'import' = 'api',
  at = 'updateEntity',
): Promise<Entity> {
  const problems = new InputProblems();
  const after = applyFields(before, patch, `${at}.patch`, problems);
  await check(tx, after, `${at}.patch`, problems);
  const record = await store(tx, after, author, origin);
  await tx.record({
    operation: 'UPDATE_ENTITY',
    entityType: 'Entity',
    entityKey: before.key,
    before: snapshot(before),
    after: snapshot(after),
    reason,
  });
  return { ...after, record };
}

export async function updateEntity(
  db: Database,
  author: Author,
  key: string,
  expectedVersion: number,
  patch: EntityFields,
  reason: string | null,
): Promise<EntityWrite> {
  const at = 'updateEntity';
  const { result, graphVersion } = await versionedWrite(db, author, async (tx) => {
    const before = await current(tx, key, expectedVersion, at);
    const entity = await updateEntityIn(tx, author, before, patch, reason, 'api', at);
    return { entity, version: versionOf(entity) };
  });
  return { ...result, graphVersion };
}

export async function retireEntity(
  db: Database,
  author: Author,
  key: string,
  expectedVersion: number,
  reason: string,
): Promise<{ key: string; version: number; graphVersion: number }> {
  const at = 'retireEntity';
  const why = requiredText(`${at}.reason`, reason, WRITE_LIMITS.reason);
  const { result, graphVersion } = await versionedWrite(db, author, async (tx) => {
    const before = await current(tx, key, expectedVersion, at);
    await tx.run(RETIRE_ENTITY, {
      key,
      who: author.who,
      reason: why,
      replaceable: REPLACEABLE_LABELS,
    });
    await tx.record({
      operation: 'RETIRE_ENTITY',
      entityType: 'Entity',
      entityKey: key,
      before: snapshot(before),
      after: null,
      reason: why,
    });
    return expectedVersion + 1;
  });
  return { key, version: result, graphVersion };
}
