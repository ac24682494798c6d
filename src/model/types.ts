import { badInput } from '../domain-error.js';
import type { PartialDate } from './dates.js';
import {
  isOneOf,
  type NameLanguage,
  type NodeFamily,
  type NodeKind,
  RELATION_TYPES,
  type RelationType,
  type Scope,
} from './vocabulary.js';

/** A document facts come from. */
export interface Source {
  key: string;
  /** Null only for a key that a fact cites but no Source node holds. */
  url: string | null;
  title: string;
  language?: string;
  publisher?: string;
  /** When the project read it, "YYYY-MM-DD". */
  accessed?: string;
  /** A short passage supporting the facts that cite it. */
  quote?: string;
  archiveUrl?: string;
}

export interface Coordinates {
  lat: number;
  lon: number;
}

/** One source's claim about a date, kept when sources disagree. */
export interface DateClaim {
  date: PartialDate;
  sources: string[];
}

/** One step of a founding in stages, e.g. a manifesto, then a constituent assembly. */
export interface FoundingStage {
  stage: string;
  date?: PartialDate;
  place?: string;
  sources: string[];
}

export interface FoundingFact {
  date?: PartialDate;
  place?: string;
  sources: string[];
  disputed: boolean;
  note?: string;
  /** The other sources' dates when they disagree with `date`. */
  alternatives: DateClaim[];
  stages: FoundingStage[];
}

/** A sourced, dated size: "16 networks", "2,500 structures". */
export interface MemberCount {
  count: number;
  /** What is counted, in the plural: "networks", "structures", "members". */
  unit: string;
  asOf?: PartialDate;
  sources: string[];
}

/** Where a stored fact came from and its write version (absent on facts not yet stored). */
export interface RecordInfo {
  /** Increases with every write; an update states the version it read (optimistic concurrency). */
  version: number;
  origin: 'curated' | 'api' | 'import';
  updatedBy?: string;
  updatedAt?: string;
}

/** A fact no write has recorded (no version, no origin stored) is the curated files' first version. */
export const UNRECORDED = { version: 1, origin: 'curated' } as const satisfies RecordInfo;

export function versionOf(fact: { record?: RecordInfo }): number {
  return fact.record?.version ?? UNRECORDED.version;
}

export function originOf(fact: { record?: RecordInfo }): RecordInfo['origin'] {
  return fact.record?.origin ?? UNRECORDED.origin;
}

/** The stored version of the element bound to `variable`, by the same rule, in Cypher. */
export function storedVersion(variable: string): string {
  return `coalesce(${variable}.version, ${UNRECORDED.version})`;
}

/** An actor, event, law or policy document. */
export interface Entity {
  key: string;
  family: NodeFamily;
  /** Null only for a node written outside the model (e.g. by hand) without a kind. */
  kind: NodeKind | null;
  name: string;
  names: Partial<Record<NameLanguage, string>>;
  acronym?: string;
  aliases: string[];
  description?: string;
  founded?: FoundingFact;
  date?: PartialDate;
  endDate?: PartialDate;
  place?: string;
  country?: string;
  /** ISO 3166-2 subdivision, e.g. "FR-OCC". */
  region?: string;
  /** The town of its seat, as the gazetteer spells it. */
  city?: string;
  /** Where the seat is: derived from `city` through the gazetteer, never written by hand. */
  coordinates?: Coordinates;
  scope?: Scope;
  /** Countries (ISO 3166-1) and world regions (UN M49) a multi-country actor works across. */
  areas: string[];
  /** Resources by type key (known or open) listed on its profile. */
  resourceCounts: Record<string, number>;
  memberCounts: MemberCount[];
  disputed: boolean;
  note?: string;
  sources: string[];
  record?: RecordInfo;
}

/**
 * What a brief read knows of a node (model/projection.ts): its identity and nothing sourced, dated
 * or counted. Its own type, so that reading a whole-only field (`sources`, `disputed`…) off a row
 * that may be brief does not compile: `wholeEntity` (schema/whole-rows.ts) reads it whole first.
 */
export interface BriefEntity {
  readonly brief: true;
  key: string;
  family: NodeFamily;
  kind: NodeKind | null;
  name: string;
  acronym?: string;
}

/** A node as a query that may read it briefly returns it. */
export type EntityRow = Entity | BriefEntity;

/** What a brief read knows of a relationship: its type and the keys of its ends. */
export interface BriefRelation {
  readonly brief: true;
  from: string;
  type: RelationType;
  to: string;
}

/** A relationship as a query that may read it briefly returns it. */
export type RelationRow = Relation | BriefRelation;

/** Whether a row came from a brief read (only its identity is known). */
export function isBrief<Row extends EntityRow | RelationRow>(
  row: Row,
): row is Extract<Row, { brief: true }> {
  return 'brief' in row;
}

/** A row read whole (its query was asked for no brief read): a brief one here is a bug. */
export function readWhole<Row extends EntityRow | RelationRow>(
  row: Row,
): Exclude<Row, { brief: true }> {
  if (isBrief(row)) throw new Error('a brief row where the query read whole ones');
  return row as Exclude<Row, { brief: true }>;
}

/** A new entity known only by its identity: no names, lists or counts, nothing disputed or sourced. */
export function entityWithIdentity(
  identity: Pick<Entity, 'key' | 'family' | 'kind' | 'name'>,
): Entity {
  return {
    ...identity,
    names: {},
    aliases: [],
    areas: [],
    resourceCounts: {},
    memberCounts: [],
    disputed: false,
    sources: [],
  };
}

export interface Relation {
  from: string;
  type: RelationType;
  to: string;
  since?: PartialDate;
  until?: PartialDate;
  role?: string;
  /** A founding membership: the subject was a member from the object's founding (MEMBER_OF only). */
  founding: boolean;
  /** Years in which a source lists the relationship. */
  attested: number[];
  disputed: boolean;
  note?: string;
  sources: string[];
  record?: RecordInfo;
}

/** The stable identity of a relationship: "from|TYPE|to". */
export function relationId(relation: Pick<Relation, 'from' | 'type' | 'to'>): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

/** The same id in Cypher, from the expressions of its from key, type and to key. */
export function relationIdCypher(from: string, type: string, to: string): string {
  return `${from} + '|' + ${type} + '|' + ${to}`;
}

/** Parses a relation id "from|TYPE|to", naming the argument when it is not one. */
export function parseRelationId(
  argument: string,
  id: string,
): Pick<Relation, 'from' | 'type' | 'to'> {
  const [from, type, to, ...rest] = id.split('|');
  if (!from || !to || !type || rest.length > 0 || !isOneOf(RELATION_TYPES, type)) {
    throw badInput(
      argument,
      `must be a relation id "fromKey|TYPE|toKey", got ${JSON.stringify(id)}`,
    );
  }
  return { from, type, to };
}

/** The year an entity starts: its founding, else its date. */
export function startYearOf(entity: Pick<Entity, 'founded' | 'date'>): number | undefined {
  return entity.founded?.date?.year ?? entity.date?.year;
}
