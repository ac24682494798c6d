import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  citedSources,
  entityProblems,
  relationProblems,
  relationSetProblems,
  sourceProblems,
} from '../model/rules.js';
import type {
  DateClaim,
  Entity,
  FoundingFact,
  FoundingStage,
  MemberCount,
  Relation,
  Source,
} from '../model/types.js';
import { relationId } from '../model/types.js';
import {
  ACTOR_KINDS,
  isOneOf,
  NAME_LANGUAGES,
  type NodeFamily,
  type NodeKind,
  RELATION_TYPES,
  SCOPES,
} from '../model/vocabulary.js';
import { placeCity } from '../places/place-entity.js';
import { EntryReader } from './entry-reader.js';
import type { Dataset, DatasetIssue } from './types.js';
import { DatasetValidationError } from './types.js';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/**
 * The files of one kind of entry: `data/<stem>.yaml`, then every `data/<stem>/*.yaml` in name order,
 * so each part of the graph (a region, a network's members) can live in a file of its own.
 */
export function datasetFiles(dir: string, stem: string): string[] {
  const folder = join(dir, stem);
  const parts = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => join(stem, name))
    : [];
  return [`${stem}.yaml`, ...parts];
}

/** The node files and which kinds each may hold. */
const NODE_FILES: {
  stem: string;
  family: (kind: NodeKind) => NodeFamily;
  kinds: readonly string[];
}[] = [
  { stem: 'actors', family: () => 'Actor', kinds: Object.keys(ACTOR_KINDS) },
  { stem: 'events', family: () => 'Event', kinds: ['Event'] },
  {
    stem: 'documents',
    family: (kind) => (kind === 'Law' ? 'Law' : 'PolicyDocument'),
    kinds: ['Law', 'PolicyDocument'],
  },
];

interface RawEntry {
  reader: EntryReader;
}

/** Parses one YAML file into entry readers, recording syntax errors with their line. */
function readEntries(
  dir: string,
  file: string,
  issues: DatasetIssue[],
  label: (raw: Record<string, unknown>) => string,
): RawEntry[] {
  const path = join(dir, file);
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    issues.push({ file: shown, entry: 0, message: 'file is missing' });
    return [];
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      issues.push({
        file: shown,
        entry: 0,
        line,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      });
    }
    return [];
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    issues.push({ file: shown, entry: 0, message: 'the file must be a list of entries' });
    return [];
  }
  return doc.contents.items.map((item, index) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    const raw = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
    const origin = {
      file: shown,
      entry: index + 1,
      line,
      label: isMap(item) ? label(raw) : undefined,
    };
    const reader = new EntryReader(raw, origin, issues);
    if (!isMap(item)) reader.fail('each entry must be a mapping of fields');
    return { reader };
  });
}

function readSource(reader: EntryReader): Source | undefined {
  const key = reader.string('id', true);
  const url = reader.string('url', true);
  const title = reader.string('title', true);
  const optional = {
    language: reader.string('language'),
    publisher: reader.string('publisher'),
    accessed: reader.day('accessed'),
    quote: reader.string('quote'),
    archiveUrl: reader.string('archiveUrl'),
  };
  reader.rejectUnknownFields();
  if (!key || !url || !title) return undefined;
  const source: Source = { key, url, title };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(source, { [field]: value });
  }
  for (const problem of sourceProblems(source)) reader.fail(problem);
  return source;
}

function readClaims(reader: EntryReader, field: string): DateClaim[] {
  return reader.objectList(field).flatMap((claim): DateClaim[] => {
    const date = claim.date('date');
    const sources = claim.stringList('sources');
    claim.rejectUnknownFields();
    if (!claim.has('date')) claim.fail('a claim needs a "date"');
    if (sources.length === 0) claim.fail('a claim needs at least one source in "sources"');
    return date && sources.length > 0 ? [{ date, sources }] : [];
  });
}

function readStages(reader: EntryReader): FoundingStage[] {
  return reader.objectList('stages').flatMap((item): FoundingStage[] => {
    const stage = item.string('stage', true);
    const out = { date: item.date('date'), place: item.string('place') };
    const sources = item.stringList('sources');
    item.rejectUnknownFields();
    if (!stage) return [];
    const result: FoundingStage = { stage, sources };
    if (out.date) result.date = out.date;
    if (out.place) result.place = out.place;
    return [result];
  });
}

function readMemberCounts(reader: EntryReader): MemberCount[] {
  return reader.objectList('memberCounts').flatMap((item): MemberCount[] => {
    const count = item.integer('count', true);
    const unit = item.string('unit', true);
    const asOf = item.date('asOf');
    const sources = item.stringList('sources');
    item.rejectUnknownFields();
    if (count === undefined || !unit) return [];
    return [asOf ? { count, unit, asOf, sources } : { count, unit, sources }];
  });
}

function readFounded(reader: EntryReader): FoundingFact | undefined {
  const founded = reader.object('founded');
  if (!founded) return undefined;
  const fact: FoundingFact = {
    date: founded.date('date'),
    place: founded.string('place'),
    sources: founded.stringList('sources'),
    disputed: founded.boolean('disputed'),
    note: founded.string('note'),
    alternatives: readClaims(founded, 'alternatives'),
    stages: readStages(founded),
  };
  founded.rejectUnknownFields();
  return fact;
}

function readNames(reader: EntryReader): Entity['names'] {
  const names = reader.object('names');
  if (!names) return {};
  const out: Entity['names'] = {};
  for (const language of NAME_LANGUAGES) {
    const name = names.string(language);
    if (name) out[language] = name;
  }
  names.rejectUnknownFields();
  return out;
}

/** Known types by key; any other type is kept under its key (the rules check its shape). */
function readResourceCounts(reader: EntryReader): Record<string, number> {
  const raw = reader.rawField('resourceCounts');
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    reader.fail('"resourceCounts" must map resource types to counts');
    return {};
  }
  return Object.fromEntries(
    Object.entries(raw).map(([type, count]) => [
      type,
      Number.isInteger(count) ? (count as number) : -1,
    ]),
  );
}

function readNode(reader: EntryReader, spec: (typeof NODE_FILES)[number]): Entity | undefined {
  const key = reader.string('key', true);
  const kind = reader.string('kind', true);
  const name = reader.string('name', true);
  const isActor = spec.stem === 'actors';
  const scope = reader.string('scope');
  const optional = {
    acronym: reader.string('acronym'),
    description: reader.string('description'),
    founded: isActor ? readFounded(reader) : undefined,
    date: isActor ? undefined : reader.date('date'),
    endDate: isActor ? undefined : reader.date('endDate'),
    place: isActor ? undefined : reader.string('place'),
    country: reader.string('country'),
    region: reader.string('region'),
    city: isActor ? reader.string('city') : undefined,
    note: reader.string('note'),
  };
  const entity = {
    names: readNames(reader),
    aliases: reader.stringList('aliases'),
    areas: reader.stringList('areas'),
    resourceCounts: isActor ? readResourceCounts(reader) : {},
    memberCounts: isActor ? readMemberCounts(reader) : [],
    disputed: reader.boolean('disputed'),
    sources: reader.stringList('sources'),
  };
  reader.rejectUnknownFields();
  if (kind && !spec.kinds.includes(kind)) {
    reader.fail(`unknown kind "${kind}" for ${spec.stem} files (known: ${spec.kinds.join(', ')})`);
  }
  if (scope !== undefined && !isOneOf(SCOPES, scope)) {
    reader.fail(`unknown scope "${scope}" (known: ${Object.keys(SCOPES).join(', ')})`);
  }
  if (!key || !kind || !name || !spec.kinds.includes(kind)) return undefined;
  const nodeKind = kind as NodeKind;
  const node: Entity = { key, family: spec.family(nodeKind), kind: nodeKind, name, ...entity };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(node, { [field]: value });
  }
  if (scope && isOneOf(SCOPES, scope)) node.scope = scope;
  for (const problem of entityProblems(node)) reader.fail(problem);
  placeCity(node);
  return node;
}

function readRelation(reader: EntryReader, nodeKeys: Set<string>): Relation | undefined {
  const from = reader.string('from', true);
  const type = reader.string('type', true);
  const to = reader.string('to', true);
  const optional = {
    since: reader.date('since'),
    until: reader.date('until'),
    role: reader.string('role'),
    note: reader.string('note'),
  };
  const fields = {
    founding: reader.boolean('founding'),
    attested: reader.yearList('attested'),
    disputed: reader.boolean('disputed'),
    sources: reader.stringList('sources'),
  };
  reader.rejectUnknownFields();
  if (type && !isOneOf(RELATION_TYPES, type)) {
    reader.fail(
      `unknown relation type "${type}" (known: ${Object.keys(RELATION_TYPES).join(', ')})`,
    );
  }
  for (const [end, key] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (key && !nodeKeys.has(key)) reader.fail(`unknown key "${key}" in "${end}"`);
  }
  if (!from || !to || !type || !isOneOf(RELATION_TYPES, type)) return undefined;
  const relation: Relation = { from, type, to, ...fields };
  for (const [field, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(relation, { [field]: value });
  }
  for (const problem of relationProblems(relation)) reader.fail(problem);
  return relation;
}

/** Checks that every source a fact cites is in sources.yaml. */
function checkSourcesExist(reader: EntryReader, cited: string[], sourceKeys: Set<string>): void {
  for (const source of new Set(cited)) {
    if (!sourceKeys.has(source))
      reader.fail(`unknown source "${source}" (not in sources.yaml nor data/sources/)`);
  }
}

/** Reads and validates data/; throws DatasetValidationError listing every issue, or returns the dataset. */
export function readDataset(dir: string = DATA_DIR): Dataset {
  const issues: DatasetIssue[] = [];

  const sources: Source[] = [];
  const sourceKeys = new Set<string>();
  const entries = (stem: string, label: (raw: Record<string, unknown>) => string) =>
    datasetFiles(dir, stem).flatMap((file) => readEntries(dir, file, issues, label));
  for (const { reader } of entries('sources', (raw) => String(raw.id))) {
    const source = readSource(reader);
    if (!source) continue;
    if (sourceKeys.has(source.key)) reader.fail(`duplicate source id "${source.key}"`);
    sourceKeys.add(source.key);
    sources.push(source);
  }

  const nodes: Entity[] = [];
  const nodeKeys = new Set<string>();
  for (const spec of NODE_FILES) {
    for (const { reader } of entries(spec.stem, (raw) => String(raw.key))) {
      const node = readNode(reader, spec);
      if (!node) continue;
      if (nodeKeys.has(node.key))
        reader.fail(`duplicate key "${node.key}" (keys are unique across all node files)`);
      nodeKeys.add(node.key);
      checkSourcesExist(reader, citedSources(node), sourceKeys);
      nodes.push(node);
    }
  }

  const relations: Relation[] = [];
  const readers = new Map<Relation, EntryReader>();
  const triples = new Set<string>();
  const label = (raw: Record<string, unknown>) => `${raw.from} ${raw.type} ${raw.to}`;
  for (const { reader } of entries('relations', label)) {
    const relation = readRelation(reader, nodeKeys);
    if (!relation) continue;
    const triple = relationId(relation);
    if (triples.has(triple))
      reader.fail('repeats an earlier relation with the same from, type and to: merge them');
    triples.add(triple);
    checkSourcesExist(reader, relation.sources, sourceKeys);
    relations.push(relation);
    readers.set(relation, reader);
  }
  for (const [relation, problems] of relationSetProblems(relations)) {
    for (const problem of problems) readers.get(relation)?.fail(problem);
  }

  if (issues.length > 0) throw new DatasetValidationError(issues);
  return { sources, nodes, relations };
}
