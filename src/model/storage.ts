// How the model is stored in Neo4j, both ways, in one place: the loader, the write API and the
// queries' decoders all go through these functions.
import type { Plain } from '../db/plain.js';
import { normalise } from '../text/normalise.js';
import { type PartialDate, parsePartialDate } from './dates.js';
import {
  type BriefEntity,
  type BriefRelation,
  type Coordinates,
  type Entity,
  type FoundingFact,
  type MemberCount,
  type RecordInfo,
  type Relation,
  relationId,
  type Source,
  startYearOf,
  UNRECORDED,
} from './types.js';
import {
  ENTITY_KINDS,
  familyOfKind,
  isOneOf,
  NAME_LANGUAGES,
  NODE_FAMILY_NAMES,
  type NodeFamily,
  type NodeKind,
  RELATION_TYPES,
  SCOPES,
} from './vocabulary.js';

/** Property values Neo4j stores: no nulls, no nesting (nested facts are kept as JSON text). */
export type StoredValue = string | number | boolean | string[] | number[];
export type StoredProps = Record<string, StoredValue>;
/** Properties as read back through the driver boundary. */
export type ReadProps = Record<string, Plain>;

/** Labels a node carries: Entity, its family and its kind. */
export function entityLabels(entity: Pick<Entity, 'family' | 'kind'>): string[] {
  return [...new Set(['Entity', entity.family, ...(entity.kind ? [entity.kind] : [])])];
}

/** Every family and kind label; a writer removes them all before setting the current ones. */
export const REPLACEABLE_LABELS: string[] = ['Actor', ...ENTITY_KINDS];

/** Drops undefined values: Neo4j stores no nulls. */
function compact(props: Record<string, StoredValue | undefined>): StoredProps {
  const out: StoredProps = {};
  for (const [name, value] of Object.entries(props)) if (value !== undefined) out[name] = value;
  return out;
}

/** A date as three properties: its EDTF text, its earliest year for filters, and its precision. */
function dateProps(prefix: string, date: PartialDate | undefined, valueKey = prefix) {
  if (!date) return {};
  return {
    [valueKey]: date.value,
    [`${prefix}Year`]: date.year,
    [`${prefix}Precision`]: date.precision,
  };
}

function json(value: unknown[] | Record<string, unknown>): string | undefined {
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  return empty ? undefined : JSON.stringify(value);
}

function capitalised(language: string): string {
  return language.charAt(0).toUpperCase() + language.slice(1);
}

const dateText = (date: PartialDate | undefined) => date?.value;

function foundingProps(founded: FoundingFact | undefined) {
  if (!founded) return {};
  return {
    ...dateProps('founded', founded.date, 'foundedDate'),
    foundedPlace: founded.place,
    foundedSources: founded.sources,
    foundedDisputed: founded.disputed || undefined,
    foundedNote: founded.note,
    foundedAlternatives: json(
      founded.alternatives.map((claim) => ({ date: claim.date.value, sources: claim.sources })),
    ),
    foundedStages: json(founded.stages.map((stage) => ({ ...stage, date: dateText(stage.date) }))),
  };
}

/** The normalised copies the full-text index reads, so that "l'Économie" is found by "economie". */
export function searchProps(entity: Entity) {
  const names = [
    entity.name,
    ...Object.values(entity.names),
    entity.acronym ?? '',
    ...entity.aliases,
  ];
  return {
    searchNames: normalise(names.join(' | ')),
    searchDescription: entity.description ? normalise(entity.description) : undefined,
  };
}

export function entityToProps(entity: Entity): StoredProps {
  return compact({
    key: entity.key,
    name: entity.name,
    kind: entity.kind ?? undefined,
    ...Object.fromEntries(
      Object.entries(entity.names).map(([language, name]) => [
        `name${capitalised(language)}`,
        name,
      ]),
    ),
    acronym: entity.acronym,
    aliases: entity.aliases.length > 0 ? entity.aliases : undefined,
    description: entity.description,
    ...foundingProps(entity.founded),
    ...dateProps('date', entity.date),
    ...dateProps('endDate', entity.endDate),
    place: entity.place,
    country: entity.country,
    region: entity.region,
    city: entity.city,
    lat: entity.coordinates?.lat,
    lon: entity.coordinates?.lon,
    scope: entity.scope,
    areas: entity.areas.length > 0 ? entity.areas : undefined,
    resourceCounts: json(entity.resourceCounts),
    memberCounts: json(
      entity.memberCounts.map((count) => ({ ...count, asOf: dateText(count.asOf) })),
    ),
    startYear: startYearOf(entity),
    ...searchProps(entity),
    disputed: entity.disputed,
    note: entity.note,
    sources: entity.sources,
  });
}

export function relationToProps(relation: Relation): StoredProps {
  return compact({
    // The end keys again, so a node's relationships page in key order from an index (schema.cypher).
    fromKey: relation.from,
    toKey: relation.to,
    ...dateProps('since', relation.since),
    ...dateProps('until', relation.until),
    role: relation.role,
    founding: relation.founding || undefined,
    attested: relation.attested.length > 0 ? relation.attested : undefined,
    disputed: relation.disputed,
    note: relation.note,
    sources: relation.sources,
  });
}

/** A relationship as history records it: its id and stored values. */
export function relationSnapshot(relation: Relation): StoredProps {
  return { id: relationId(relation), ...relationToProps(relation) };
}

export function sourceToProps(source: Source): StoredProps {
  return compact({
    key: source.key,
    url: source.url ?? undefined,
    title: source.title,
    language: source.language,
    publisher: source.publisher,
    accessed: source.accessed,
    quote: source.quote,
    archiveUrl: source.archiveUrl,
  });
}

// Reading back: stored values are trusted to have the shapes written above, but a node written by
// hand may miss some, so each reader falls back instead of failing the whole answer.

function str(props: ReadProps, name: string): string | undefined {
  const value = props[name];
  return typeof value === 'string' ? value : undefined;
}

function num(props: ReadProps, name: string): number | undefined {
  const value = props[name];
  return typeof value === 'number' ? value : undefined;
}

function strings(value: Plain | undefined): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function numbers(value: Plain | undefined): number[] {
  return Array.isArray(value)
    ? value.filter((item): item is number => typeof item === 'number')
    : [];
}

function date(value: Plain | undefined): PartialDate | undefined {
  return value === undefined || value === null ? undefined : parsePartialDate(value);
}

function fromJson(props: ReadProps, name: string): Plain {
  const text = str(props, name);
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as Plain;
  } catch {
    console.warn(`solidarity-graph: unreadable JSON in ${str(props, 'key')}.${name}, ignored`);
    return null;
  }
}

function objects(value: Plain): ReadProps[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is ReadProps =>
          item !== null && typeof item === 'object' && !Array.isArray(item),
      )
    : [];
}

function foundingFrom(props: ReadProps): FoundingFact | undefined {
  const present = [
    'foundedDate',
    'foundedPlace',
    'foundedSources',
    'foundedAlternatives',
    'foundedStages',
  ];
  if (!present.some((name) => props[name] !== undefined && props[name] !== null)) return undefined;
  const founded: FoundingFact = {
    sources: strings(props.foundedSources),
    disputed: props.foundedDisputed === true,
    alternatives: objects(fromJson(props, 'foundedAlternatives')).flatMap((claim) => {
      const claimDate = date(claim.date);
      return claimDate ? [{ date: claimDate, sources: strings(claim.sources) }] : [];
    }),
    stages: objects(fromJson(props, 'foundedStages')).map((stage) => {
      const out: FoundingFact['stages'][number] = {
        stage: str(stage, 'stage') ?? '',
        sources: strings(stage.sources),
      };
      const stageDate = date(stage.date);
      if (stageDate) out.date = stageDate;
      const place = str(stage, 'place');
      if (place) out.place = place;
      return out;
    }),
  };
  const foundedDate = date(props.foundedDate);
  if (foundedDate) founded.date = foundedDate;
  const place = str(props, 'foundedPlace');
  if (place) founded.place = place;
  const note = str(props, 'foundedNote');
  if (note) founded.note = note;
  return founded;
}

function memberCountsFrom(props: ReadProps): MemberCount[] {
  return objects(fromJson(props, 'memberCounts')).map((item) => {
    const count: MemberCount = {
      count: num(item, 'count') ?? 0,
      unit: str(item, 'unit') ?? '',
      sources: strings(item.sources),
    };
    const asOf = date(item.asOf);
    if (asOf) count.asOf = asOf;
    return count;
  });
}

function resourceCountsFrom(props: ReadProps): Record<string, number> {
  const stored = fromJson(props, 'resourceCounts');
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(
    Object.entries(stored).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}

/** Where a stored fact came from. */
export const ORIGINS = ['curated', 'api', 'import'] as const;

/** The write bookkeeping of a stored element; undefined for properties that were never stored. */
function coordinatesFrom(props: ReadProps): Coordinates | undefined {
  const lat = num(props, 'lat');
  const lon = num(props, 'lon');
  return lat === undefined || lon === undefined ? undefined : { lat, lon };
}

function recordFrom(props: ReadProps): RecordInfo | undefined {
  const origin = str(props, 'origin');
  if (props.version == null && origin === undefined && props.curated == null) return undefined;
  const record: RecordInfo = {
    version: num(props, 'version') ?? UNRECORDED.version,
    origin: origin && isOneOf(ORIGINS, origin) ? origin : UNRECORDED.origin,
  };
  const updatedBy = str(props, 'updatedBy');
  if (updatedBy) record.updatedBy = updatedBy;
  const updatedAt = props.updatedAt;
  if (typeof updatedAt === 'string') record.updatedAt = updatedAt;
  return record;
}

/** Sets the optional fields whose value is defined, so a read entity equals the one written. */
function withOptional<T extends object>(target: T, optional: Partial<T>): T {
  // Set in place: an entries array and an object per field were most of a node read's garbage.
  const fields = target as Record<string, unknown>;
  for (const name in optional) {
    const value = optional[name];
    if (value !== undefined) fields[name] = value;
  }
  return target;
}

interface FamilyAndKind {
  readonly family: NodeFamily;
  readonly kind: NodeKind | null;
}

/** A node's family and kind: its stored kind, else its kind label, else its family label. */
function familyAndKindOf(stored: string | undefined, labels: readonly string[]): FamilyAndKind {
  const family = NODE_FAMILY_NAMES.find((candidate) => labels.includes(candidate)) ?? 'Actor';
  const labelled = labels.find((label) => isOneOf(ENTITY_KINDS, label));
  const kind: NodeKind | null =
    stored && isOneOf(ENTITY_KINDS, stored)
      ? stored
      : labelled && isOneOf(ENTITY_KINDS, labelled)
        ? labelled
        : family === 'Actor'
          ? null
          : family;
  return { family: kind ? familyOfKind(kind) : family, kind };
}

/** Labels and kinds come from closed vocabularies: few combinations, each worked out once. */
const FAMILY_AND_KIND_CACHE_SIZE = 512;
const familyAndKindCache = new Map<string, FamilyAndKind>();

/** `familyAndKindOf`, remembered per combination (brief pages decode hundreds of nodes a request). */
function familyAndKind(stored: string | undefined, labels: readonly string[]): FamilyAndKind {
  // A stored value that is no kind counts as none (as in familyAndKindOf): the id stays unambiguous.
  const storedKind = stored && isOneOf(ENTITY_KINDS, stored) ? stored : '';
  const id = `${storedKind}|${labels.join('|')}`;
  let known = familyAndKindCache.get(id);
  if (known === undefined) {
    known = familyAndKindOf(stored, labels);
    if (familyAndKindCache.size < FAMILY_AND_KIND_CACHE_SIZE) familyAndKindCache.set(id, known);
  }
  return known;
}

/**
 * A node from a brief read (key, name, kind, acronym and labels): what `entityFromProps` gives for
 * those properties alone, without looking for the others.
 */
export function entityFromBrief(
  key: string,
  name: string | null,
  storedKind: string | null,
  acronym: string | null,
  labels: readonly string[],
): BriefEntity {
  const { family, kind } = familyAndKind(storedKind ?? undefined, labels);
  const entity: BriefEntity = { brief: true, key, family, kind, name: name ?? key };
  if (acronym !== null) entity.acronym = acronym;
  return entity;
}

/** Each name language with the property that stores it, worked out once. */
const NAME_PROPERTIES = NAME_LANGUAGES.map(
  (language) => [language, `name${capitalised(language)}`] as const,
);

/** An entity from its stored properties and labels. */
export function entityFromProps(props: ReadProps, labels: readonly string[]): Entity {
  const { family, kind } = familyAndKind(str(props, 'kind'), labels);
  const names: Entity['names'] = {};
  for (const [language, property] of NAME_PROPERTIES) {
    const name = str(props, property);
    if (name) names[language] = name;
  }
  const scope = str(props, 'scope');
  return withOptional<Entity>(
    {
      key: str(props, 'key') ?? '',
      family,
      kind,
      name: str(props, 'name') ?? str(props, 'key') ?? '',
      names,
      aliases: strings(props.aliases),
      areas: strings(props.areas),
      resourceCounts: resourceCountsFrom(props),
      memberCounts: memberCountsFrom(props),
      disputed: props.disputed === true,
      sources: strings(props.sources),
    },
    {
      acronym: str(props, 'acronym'),
      description: str(props, 'description'),
      founded: foundingFrom(props),
      date: date(props.date),
      endDate: date(props.endDate),
      place: str(props, 'place'),
      country: str(props, 'country'),
      region: str(props, 'region'),
      city: str(props, 'city'),
      coordinates: coordinatesFrom(props),
      scope: scope && isOneOf(SCOPES, scope) ? scope : undefined,
      note: str(props, 'note'),
      record: recordFrom(props),
    },
  );
}

/** A relationship from a brief read (its type and the keys of its ends): nothing else is known. */
export function relationFromBrief(type: string, from: string, to: string): BriefRelation {
  if (!isOneOf(RELATION_TYPES, type)) throw new TypeError(`unknown relationship type ${type}`);
  return { brief: true, from, type, to };
}

/**
 * The stored properties `relationFromProps` reads, all of them (its bookkeeping, `contentHash`,
 * `curatedId`, the years kept for indexes and windows, is read by none): a whole relationship row
 * carries these alone, as a list in this order (`relationProjection`). A unit test keeps the two equal.
 */
export const RELATION_READ_PROPS = [
  'founding',
  'attested',
  'disputed',
  'sources',
  'since',
  'until',
  'role',
  'note',
  'origin',
  'version',
  'curated',
  'updatedBy',
  'updatedAt',
] as const;

/** A relationship from its type, the keys of its ends and its stored properties. */
export function relationFromProps(
  type: string,
  from: string,
  to: string,
  props: ReadProps,
): Relation {
  if (!isOneOf(RELATION_TYPES, type)) throw new TypeError(`unknown relationship type ${type}`);
  return withOptional<Relation>(
    {
      from,
      type,
      to,
      founding: props.founding === true,
      attested: numbers(props.attested),
      disputed: props.disputed === true,
      sources: strings(props.sources),
    },
    {
      since: date(props.since),
      until: date(props.until),
      role: str(props, 'role'),
      note: str(props, 'note'),
      record: recordFrom(props),
    },
  );
}

export function sourceFromProps(props: ReadProps): Source {
  return withOptional<Source>(
    {
      key: str(props, 'key') ?? '',
      url: str(props, 'url') ?? null,
      title: str(props, 'title') ?? '',
    },
    {
      language: str(props, 'language'),
      publisher: str(props, 'publisher'),
      accessed: str(props, 'accessed'),
      quote: str(props, 'quote'),
      archiveUrl: str(props, 'archiveUrl'),
    },
  );
}
