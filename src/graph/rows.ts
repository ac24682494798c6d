import type { NodeFamily } from '../dataset/types.js';
import { ENTITY_KINDS, RESOURCE_TYPES, type RelationType } from '../dataset/vocabulary.js';
import type { Plain } from '../db/plain.js';

/** A date as the sources give it: text, year, and how precise it is. */
export interface DateValue {
  value: string;
  year: number;
  precision: 'year' | 'month' | 'day';
}

export interface DateClaimRow {
  date: string;
  sources: string[];
}

export interface FoundingRow {
  date?: DateValue;
  place?: string;
  sources: string[];
  disputed: boolean;
  note?: string;
  alternatives: DateClaimRow[];
}

/** An actor, event, law or policy document, as resolvers see it. */
export interface EntityRow {
  key: string;
  family: NodeFamily;
  kind: string | null;
  labels: string[];
  name: string;
  names: { language: string; name: string }[];
  acronym?: string;
  aliases: string[];
  description?: string;
  founded?: FoundingRow;
  date?: DateValue;
  endDate?: DateValue;
  place?: string;
  country?: string;
  scope?: string;
  startYear?: number;
  resourceCounts: { type: string; count: number }[];
  disputed: boolean;
  note?: string;
  sources: string[];
}

export interface RelationRow {
  /** Stable identity of the relationship: from|TYPE|to. */
  id: string;
  type: RelationType;
  from: string;
  to: string;
  since?: DateValue;
  until?: DateValue;
  role?: string;
  attested: number[];
  disputed: boolean;
  note?: string;
  sources: string[];
}

export interface SourceRow {
  key: string;
  /** Null only for a key that a fact cites but no Source node holds. */
  url: string | null;
  title: string;
  language?: string;
}

type Props = Record<string, Plain>;

function str(props: Props, name: string): string | undefined {
  const value = props[name];
  return typeof value === 'string' ? value : undefined;
}

function num(props: Props, name: string): number | undefined {
  const value = props[name];
  return typeof value === 'number' ? value : undefined;
}

function strings(props: Props, name: string): string[] {
  const value = props[name];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function dateValue(props: Props, valueKey: string, prefix = valueKey): DateValue | undefined {
  const value = str(props, valueKey);
  const year = num(props, `${prefix}Year`);
  const precision = str(props, `${prefix}Precision`);
  if (value === undefined || year === undefined) return undefined;
  return {
    value,
    year,
    precision: precision === 'month' || precision === 'day' ? precision : 'year',
  };
}

function parseJson<T>(text: string | undefined, fallback: T, what: string): T {
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    console.warn(`solidarity-graph: unreadable JSON in ${what}, ignored`);
    return fallback;
  }
}

const FAMILIES: NodeFamily[] = ['Actor', 'Event', 'Law', 'PolicyDocument'];
const KINDS = new Set(ENTITY_KINDS);
const LANGUAGE_PROPERTY = /^name([A-Z][a-z])$/;

/** Maps a node's properties and labels to an EntityRow. */
export function toEntityRow(props: Props, labels: string[]): EntityRow {
  const family = FAMILIES.find((candidate) => labels.includes(candidate)) ?? 'Actor';
  const stored = str(props, 'kind');
  // Events, laws and documents are their own kind; an actor imported without a kind has none.
  const kind =
    stored && KINDS.has(stored)
      ? stored
      : (labels.find((label) => KINDS.has(label)) ?? (family === 'Actor' ? null : family));
  const names = Object.entries(props)
    .map(([property, value]) => [LANGUAGE_PROPERTY.exec(property)?.[1], value] as const)
    .filter(
      (entry): entry is readonly [string, string] =>
        entry[0] !== undefined && typeof entry[1] === 'string',
    )
    .map(([language, name]) => ({ language: language.toLowerCase(), name }))
    .sort((a, b) => a.language.localeCompare(b.language));
  const counts = parseJson<Record<string, number>>(
    str(props, 'resourceCounts'),
    {},
    `${str(props, 'key')}.resourceCounts`,
  );
  const hasFounding = ['foundedDate', 'foundedPlace', 'foundedSources', 'foundedAlternatives'].some(
    (name) => props[name] !== undefined && props[name] !== null,
  );
  return {
    key: str(props, 'key') ?? '',
    family,
    kind,
    labels,
    name: str(props, 'name') ?? str(props, 'key') ?? '',
    names,
    acronym: str(props, 'acronym'),
    aliases: strings(props, 'aliases'),
    description: str(props, 'description'),
    founded: hasFounding
      ? {
          date: dateValue(props, 'foundedDate', 'founded'),
          place: str(props, 'foundedPlace'),
          sources: strings(props, 'foundedSources'),
          disputed: props.foundedDisputed === true,
          note: str(props, 'foundedNote'),
          alternatives: parseJson<DateClaimRow[]>(
            str(props, 'foundedAlternatives'),
            [],
            `${str(props, 'key')}.foundedAlternatives`,
          ),
        }
      : undefined,
    date: dateValue(props, 'date'),
    endDate: dateValue(props, 'endDate'),
    place: str(props, 'place') ?? str(props, 'foundedPlace'),
    country: str(props, 'country'),
    scope: str(props, 'scope'),
    startYear: num(props, 'startYear'),
    resourceCounts: Object.keys(RESOURCE_TYPES)
      .filter((type) => typeof counts[type] === 'number')
      .map((type) => ({ type, count: counts[type] as number })),
    disputed: props.disputed === true,
    note: str(props, 'note'),
    sources: strings(props, 'sources'),
  };
}

/** Maps a relationship (its type, ends and properties) to a RelationRow. */
export function toRelationRow(type: string, from: string, to: string, props: Props): RelationRow {
  return {
    id: `${from}|${type}|${to}`,
    type: type as RelationType,
    from,
    to,
    since: dateValue(props, 'since'),
    until: dateValue(props, 'until'),
    role: str(props, 'role'),
    attested: (Array.isArray(props.attested) ? props.attested : []).filter(
      (year): year is number => typeof year === 'number',
    ),
    disputed: props.disputed === true,
    note: str(props, 'note'),
    sources: strings(props, 'sources'),
  };
}

export function toSourceRow(props: Props): SourceRow {
  return {
    key: str(props, 'key') ?? '',
    url: str(props, 'url') ?? null,
    title: str(props, 'title') ?? '',
    language: str(props, 'language'),
  };
}

/** Reads a column that the query returned as a map. */
export function propsOf(value: Plain | undefined): Props {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** Maps a column holding a list of `{props, labels}` maps, as the queries collect nodes. */
export function toEntityRows(value: Plain | undefined): EntityRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const node = propsOf(item);
    return toEntityRow(
      propsOf(node.props),
      Array.isArray(node.labels) ? node.labels.map(String) : [],
    );
  });
}

/** Maps a column holding a list of `{type, from, to, props}` maps, as the queries collect relationships. */
export function toRelationRows(value: Plain | undefined): RelationRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const rel = propsOf(item);
    return toRelationRow(String(rel.type), String(rel.from), String(rel.to), propsOf(rel.props));
  });
}

/**
 * Cypher for a node's properties as resolvers need them: everything but the search copies and the
 * loader's hash, which can be longer than the rest and no resolver reads.
 */
export function entityProps(variable: string): string {
  return `${variable} {.*, searchNames: null, searchDescription: null, contentHash: null}`;
}
