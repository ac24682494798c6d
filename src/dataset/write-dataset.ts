// The model back in the data/ format: what `npm run export:data` writes, and what readDataset reads.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { PartialDate } from '../model/dates.js';
import type { Entity, Relation, Source } from '../model/types.js';
import type { Dataset } from './types.js';

type Entry = Record<string, unknown>;

/** Drops empty values, so an entry says only what is known. */
function compact(entry: Entry): Entry {
  return Object.fromEntries(
    Object.entries(entry).filter(([, value]) => {
      if (value === undefined || value === null || value === false) return false;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === 'object') return Object.keys(value).length > 0;
      return true;
    }),
  );
}

const date = (value: PartialDate | undefined) => value?.value;

function sourceEntry(source: Source): Entry {
  const { key, ...rest } = source;
  return compact({ id: key, ...rest });
}

function entityEntry(entity: Entity): Entry {
  const founded = entity.founded;
  return compact({
    key: entity.key,
    kind: entity.kind,
    name: entity.name,
    names: entity.names,
    acronym: entity.acronym,
    aliases: entity.aliases,
    description: entity.description,
    founded: founded
      ? compact({
          date: date(founded.date),
          place: founded.place,
          sources: founded.sources,
          disputed: founded.disputed,
          note: founded.note,
          alternatives: founded.alternatives.map((c) => ({
            date: c.date.value,
            sources: c.sources,
          })),
          stages: founded.stages.map((stage) => compact({ ...stage, date: date(stage.date) })),
        })
      : undefined,
    date: date(entity.date),
    endDate: date(entity.endDate),
    place: entity.place,
    country: entity.country,
    region: entity.region,
    city: entity.city,
    scope: entity.scope,
    areas: entity.areas,
    resourceCounts: entity.resourceCounts,
    memberCounts: entity.memberCounts.map((c) => compact({ ...c, asOf: date(c.asOf) })),
    disputed: entity.disputed,
    note: entity.note,
    sources: entity.sources,
  });
}

function relationEntry(relation: Relation): Entry {
  return compact({
    from: relation.from,
    type: relation.type,
    to: relation.to,
    since: date(relation.since),
    until: date(relation.until),
    role: relation.role,
    founding: relation.founding,
    attested: relation.attested,
    disputed: relation.disputed,
    note: relation.note,
    sources: relation.sources,
  });
}

/** The YAML text of each data/ file for `dataset`, in the files readDataset reads. */
export function datasetFiles(dataset: Dataset): Record<string, string> {
  const byKey = <T extends { key: string }>(items: T[]) =>
    [...items].sort((a, b) => a.key.localeCompare(b.key));
  const nodes = byKey(dataset.nodes);
  const file = (header: string, entries: Entry[]) =>
    `# ${header}\n${entries.length > 0 ? stringify(entries, { lineWidth: 100 }) : '[]\n'}`;
  return {
    'sources.yaml': file(
      'Sources (written by npm run export:data)',
      byKey(dataset.sources).map(sourceEntry),
    ),
    'actors.yaml': file('Actors', nodes.filter((n) => n.family === 'Actor').map(entityEntry)),
    'events.yaml': file('Events', nodes.filter((n) => n.family === 'Event').map(entityEntry)),
    'documents.yaml': file(
      'Laws and policy documents',
      nodes.filter((n) => n.family === 'Law' || n.family === 'PolicyDocument').map(entityEntry),
    ),
    'relations.yaml': file(
      'Relations',
      [...dataset.relations]
        .sort((a, b) => `${a.from}|${a.type}|${a.to}`.localeCompare(`${b.from}|${b.type}|${b.to}`))
        .map(relationEntry),
    ),
  };
}

export function writeDataset(dir: string, dataset: Dataset): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(datasetFiles(dataset)))
    writeFileSync(join(dir, name), text);
}
