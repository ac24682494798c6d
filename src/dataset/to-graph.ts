import { createHash } from 'node:crypto';
import { normalise } from '../text/normalise.js';
import type { PartialDate } from './dates.js';
import type { NodeEntry, RelationEntry, SourceEntry } from './types.js';
import { ENTITY_KINDS, type RelationType } from './vocabulary.js';

/** Every family and kind label the loader sets; it removes them all before setting the current ones. */
export const REPLACEABLE_LABELS: string[] = ['Actor', ...ENTITY_KINDS];

type Props = Record<string, string | number | boolean | string[] | number[]>;

export interface GraphNode {
  key: string;
  labels: string[];
  props: Props;
}

export interface GraphRelation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  props: Props;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

/** Drops undefined values: Neo4j stores no nulls, and the hash must not depend on them. */
function compact(props: Record<string, unknown>): Props {
  return Object.fromEntries(
    Object.entries(props).filter(([, value]) => value !== undefined),
  ) as Props;
}

/** A date as three properties: its text (`valueKey`), its year for filters, and its precision. */
function dateProps(prefix: string, date: PartialDate | undefined, valueKey = prefix): Props {
  if (!date) return {};
  return {
    [valueKey]: date.value,
    [`${prefix}Year`]: date.year,
    [`${prefix}Precision`]: date.precision,
  };
}

function capitalised(language: string): string {
  return language.charAt(0).toUpperCase() + language.slice(1);
}

/** Marks an element as owned by the curated dataset, with a hash to detect edits. */
function curated(props: Props, extra: unknown = null): Props {
  return { ...props, curated: true, contentHash: hashOf([props, extra]) };
}

export function sourceToGraph(source: SourceEntry): GraphNode {
  return { key: source.key, labels: ['Source'], props: curated(compact({ ...source })) };
}

export function nodeToGraph(node: NodeEntry): GraphNode {
  const founded = node.founded;
  const props = compact({
    key: node.key,
    name: node.name,
    kind: node.kind,
    ...Object.fromEntries(
      Object.entries(node.names).map(([language, name]) => [`name${capitalised(language)}`, name]),
    ),
    acronym: node.acronym,
    aliases: node.aliases.length > 0 ? node.aliases : undefined,
    description: node.description,
    ...dateProps('founded', founded?.date, 'foundedDate'),
    foundedPlace: founded?.place,
    foundedSources: founded?.sources,
    foundedDisputed: founded?.disputed || undefined,
    foundedNote: founded?.note,
    // Neo4j properties cannot nest, so the other sources' claims are kept as JSON.
    foundedAlternatives: founded?.alternatives.length
      ? JSON.stringify(
          founded.alternatives.map((claim) => ({ date: claim.date.value, sources: claim.sources })),
        )
      : undefined,
    ...dateProps('date', node.date),
    ...dateProps('endDate', node.endDate),
    place: node.place,
    country: node.country,
    scope: node.scope,
    resourceCounts: node.resourceCounts ? JSON.stringify(node.resourceCounts) : undefined,
    startYear: founded?.date?.year ?? node.date?.year,
    // Normalised copies for the full-text index, so that "l'Économie" is found by "economie".
    searchNames: normalise(
      [node.name, ...Object.values(node.names), node.acronym ?? '', ...node.aliases].join(' | '),
    ),
    searchDescription: node.description ? normalise(node.description) : undefined,
    disputed: node.disputed,
    note: node.note,
    sources: node.sources,
  });
  const labels = [...new Set(['Entity', node.family, node.kind])];
  return { key: node.key, labels, props: curated(props, labels) };
}

export function relationId(relation: Pick<RelationEntry, 'from' | 'type' | 'to'>): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

export function relationToGraph(relation: RelationEntry): GraphRelation {
  const id = relationId(relation);
  const props = compact({
    curatedId: id,
    ...dateProps('since', relation.since),
    ...dateProps('until', relation.until),
    role: relation.role,
    founding: relation.founding || undefined,
    attested: relation.attested.length > 0 ? relation.attested : undefined,
    disputed: relation.disputed,
    note: relation.note,
    sources: relation.sources,
  });
  return { id, type: relation.type, from: relation.from, to: relation.to, props: curated(props) };
}
