import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { isBefore } from './dates.js';
import { EntryReader } from './entry-reader.js';
import type {
  Dataset,
  DatasetIssue,
  DateClaim,
  FoundingFact,
  NodeEntry,
  NodeFamily,
  RelationEntry,
  SourceEntry,
} from './types.js';
import { DatasetValidationError } from './types.js';
import {
  ACTOR_KINDS,
  isOneOf,
  NAME_LANGUAGES,
  type NodeKind,
  RELATION_TYPES,
  RESOURCE_TYPES,
  SCOPES,
} from './vocabulary.js';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_ID_PATTERN = /^S\d+[a-z]?$/;
/** Role text that says "founding member" in words, which `founding: true` says instead. */
const FOUNDING_ROLE_PATTERN = /\bfound(?:ing|er)|fondat(?:eur|rice)/i;

/** The node files and which kinds each may hold. */
const NODE_FILES: {
  file: string;
  family: (kind: NodeKind) => NodeFamily;
  kinds: readonly string[];
}[] = [
  { file: 'actors.yaml', family: () => 'Actor', kinds: Object.keys(ACTOR_KINDS) },
  { file: 'events.yaml', family: () => 'Event', kinds: ['Event'] },
  {
    file: 'documents.yaml',
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

function readSource(reader: EntryReader): SourceEntry | undefined {
  const key = reader.string('id', true);
  const url = reader.string('url', true);
  const title = reader.string('title', true);
  const language = reader.string('language');
  reader.rejectUnknownFields();
  if (key && !SOURCE_ID_PATTERN.test(key))
    reader.fail(`source id "${key}" must look like S12 or S12b`);
  if (url && !/^https?:\/\/\S+$/.test(url))
    reader.fail(`"url" must be an http(s) address, got "${url}"`);
  if (language && !/^[a-z]{2}$/.test(language)) {
    reader.fail(`"language" must be an ISO 639-1 code such as fr or en, got "${language}"`);
  }
  if (!key || !url || !title) return undefined;
  return { key, url, title, ...(language ? { language } : {}) };
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
  };
  founded.rejectUnknownFields();
  if (fact.sources.length === 0) founded.fail('"founded.sources" must name at least one source');
  if (fact.alternatives.length > 0 && !fact.disputed) {
    founded.fail('"founded.alternatives" lists other claims, so "founded.disputed" must be true');
  }
  return fact;
}

function readNames(reader: EntryReader): NodeEntry['names'] {
  const names = reader.object('names');
  if (!names) return {};
  const out: NodeEntry['names'] = {};
  for (const language of NAME_LANGUAGES) {
    const name = names.string(language);
    if (name) out[language] = name;
  }
  names.rejectUnknownFields();
  return out;
}

function readResourceCounts(reader: EntryReader): NodeEntry['resourceCounts'] {
  const raw = reader.rawField('resourceCounts');
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    reader.fail('"resourceCounts" must map resource types to counts');
    return undefined;
  }
  const counts: NonNullable<NodeEntry['resourceCounts']> = {};
  for (const [type, count] of Object.entries(raw)) {
    if (!isOneOf(RESOURCE_TYPES, type)) {
      reader.fail(
        `unknown resource type "${type}" (known: ${Object.keys(RESOURCE_TYPES).join(', ')})`,
      );
    } else if (!Number.isInteger(count) || (count as number) < 0) {
      reader.fail(`resourceCounts.${type} must be a non-negative integer`);
    } else {
      counts[type] = count as number;
    }
  }
  return counts;
}

function readNode(reader: EntryReader, spec: (typeof NODE_FILES)[number]): NodeEntry | undefined {
  const key = reader.string('key', true);
  const kind = reader.string('kind', true);
  const name = reader.string('name', true);
  const isActor = spec.file === 'actors.yaml';
  const entry = {
    names: readNames(reader),
    acronym: reader.string('acronym'),
    aliases: reader.stringList('aliases'),
    description: reader.string('description'),
    founded: isActor ? readFounded(reader) : undefined,
    date: isActor ? undefined : reader.date('date'),
    endDate: isActor ? undefined : reader.date('endDate'),
    place: isActor ? undefined : reader.string('place'),
    country: reader.string('country'),
    scope: reader.string('scope'),
    resourceCounts: isActor ? readResourceCounts(reader) : undefined,
    disputed: reader.boolean('disputed'),
    note: reader.string('note'),
    sources: reader.stringList('sources'),
  };
  reader.rejectUnknownFields();
  if (key && !KEY_PATTERN.test(key))
    reader.fail(`key "${key}" must be lowercase words joined by "-"`);
  if (kind && !spec.kinds.includes(kind)) {
    reader.fail(`unknown kind "${kind}" for ${spec.file} (known: ${spec.kinds.join(', ')})`);
  }
  if (entry.scope !== undefined && !isOneOf(SCOPES, entry.scope)) {
    reader.fail(`unknown scope "${entry.scope}" (known: ${Object.keys(SCOPES).join(', ')})`);
  }
  if (entry.country !== undefined && !/^[A-Z]{2}$/.test(entry.country)) {
    reader.fail(`"country" must be an ISO 3166 two-letter code such as FR, got "${entry.country}"`);
  }
  if (entry.date && entry.endDate && isBefore(entry.endDate, entry.date)) {
    reader.fail(`"endDate" ${entry.endDate.value} is before "date" ${entry.date.value}`);
  }
  if (!key || !kind || !name || !spec.kinds.includes(kind)) return undefined;
  const nodeKind = kind as NodeKind;
  const node: NodeEntry = {
    key,
    family: spec.family(nodeKind),
    kind: nodeKind,
    name,
    names: entry.names,
    aliases: entry.aliases,
    disputed: entry.disputed,
    sources: entry.sources,
  };
  for (const field of [
    'acronym',
    'description',
    'founded',
    'date',
    'endDate',
    'place',
    'country',
    'resourceCounts',
    'note',
  ] as const) {
    if (entry[field] !== undefined) Object.assign(node, { [field]: entry[field] });
  }
  if (entry.scope && isOneOf(SCOPES, entry.scope)) node.scope = entry.scope;
  return node;
}

function readRelation(reader: EntryReader, nodeKeys: Set<string>): RelationEntry | undefined {
  const from = reader.string('from', true);
  const type = reader.string('type', true);
  const to = reader.string('to', true);
  const relation = {
    since: reader.date('since'),
    until: reader.date('until'),
    role: reader.string('role'),
    founding: reader.boolean('founding'),
    attested: reader.yearList('attested'),
    disputed: reader.boolean('disputed'),
    note: reader.string('note'),
    sources: reader.stringList('sources'),
  };
  reader.rejectUnknownFields();
  if (type && !isOneOf(RELATION_TYPES, type)) {
    reader.fail(
      `unknown relation type "${type}" (known: ${Object.keys(RELATION_TYPES).join(', ')})`,
    );
  }
  if (from && from === to) reader.fail(`a relation cannot link "${from}" to itself`);
  for (const [end, key] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (key && !nodeKeys.has(key)) reader.fail(`unknown key "${key}" in "${end}"`);
  }
  if (relation.since && relation.until && isBefore(relation.until, relation.since)) {
    reader.fail(`"until" ${relation.until.value} is before "since" ${relation.since.value}`);
  }
  if (relation.role && FOUNDING_ROLE_PATTERN.test(relation.role)) {
    reader.fail(
      `"role" says "${relation.role}": mark a founding member with \`founding: true\` instead`,
    );
  }
  if (relation.founding && type !== 'MEMBER_OF') {
    reader.fail(
      '`founding: true` is only for MEMBER_OF; a founding without membership is a FOUNDED relation',
    );
  }
  if (!from || !to || !type || !isOneOf(RELATION_TYPES, type)) return undefined;
  const entry: RelationEntry = {
    from,
    type,
    to,
    founding: relation.founding,
    attested: relation.attested,
    disputed: relation.disputed,
    sources: relation.sources,
  };
  for (const field of ['since', 'until', 'role', 'note'] as const) {
    if (relation[field] !== undefined) Object.assign(entry, { [field]: relation[field] });
  }
  return entry;
}

/** Rejects a pair that is both a founding MEMBER_OF and a FOUNDED: one encoding per founding. */
function checkFoundingPair(
  reader: EntryReader,
  relation: RelationEntry,
  foundingPairs: Map<string, 'MEMBER_OF' | 'FOUNDED'>,
): void {
  const kind =
    relation.type === 'FOUNDED'
      ? 'FOUNDED'
      : relation.type === 'MEMBER_OF' && relation.founding
        ? 'MEMBER_OF'
        : undefined;
  if (!kind) return;
  const pair = `${relation.from}|${relation.to}`;
  const earlier = foundingPairs.get(pair);
  if (earlier && earlier !== kind) {
    reader.fail(
      'has both a founding MEMBER_OF and a FOUNDED for the same pair: a founding member is ' +
        'MEMBER_OF with `founding: true` only',
    );
  }
  foundingPairs.set(pair, kind);
}

/** Checks that every fact names known sources and that a disputed fact says why. */
function checkProvenance(
  reader: EntryReader,
  fact: { sources: string[]; disputed: boolean; note?: string },
  sourceKeys: Set<string>,
  extraSources: string[] = [],
): void {
  if (fact.sources.length === 0)
    reader.fail('names no source: every fact needs at least one in "sources"');
  for (const source of [...fact.sources, ...extraSources]) {
    if (!sourceKeys.has(source)) reader.fail(`unknown source "${source}" (not in sources.yaml)`);
  }
  if (fact.disputed && !fact.note)
    reader.fail('is disputed but has no "note" saying which sources disagree');
}

/** Reads and validates data/; throws DatasetValidationError listing every issue, or returns the dataset. */
export function readDataset(dir: string = DATA_DIR): Dataset {
  const issues: DatasetIssue[] = [];

  const sources: SourceEntry[] = [];
  const sourceKeys = new Set<string>();
  for (const { reader } of readEntries(dir, 'sources.yaml', issues, (raw) => String(raw.id))) {
    const source = readSource(reader);
    if (!source) continue;
    if (sourceKeys.has(source.key)) reader.fail(`duplicate source id "${source.key}"`);
    sourceKeys.add(source.key);
    sources.push(source);
  }

  const nodes: NodeEntry[] = [];
  const nodeKeys = new Set<string>();
  for (const spec of NODE_FILES) {
    for (const { reader } of readEntries(dir, spec.file, issues, (raw) => String(raw.key))) {
      const node = readNode(reader, spec);
      if (!node) continue;
      if (nodeKeys.has(node.key))
        reader.fail(`duplicate key "${node.key}" (keys are unique across all node files)`);
      nodeKeys.add(node.key);
      const foundedSources = [
        ...(node.founded?.sources ?? []),
        ...(node.founded?.alternatives.flatMap((claim) => claim.sources) ?? []),
      ];
      checkProvenance(reader, node, sourceKeys, foundedSources);
      if (node.founded?.disputed && !node.founded.note) {
        reader.fail(
          '"founded" is disputed but has no "founded.note" saying which sources disagree',
        );
      }
      nodes.push(node);
    }
  }

  const relations: RelationEntry[] = [];
  const triples = new Set<string>();
  // One founding rule: a pair is either a founding MEMBER_OF or a FOUNDED, never both.
  const foundingPairs = new Map<string, 'MEMBER_OF' | 'FOUNDED'>();
  const label = (raw: Record<string, unknown>) => `${raw.from} ${raw.type} ${raw.to}`;
  for (const { reader } of readEntries(dir, 'relations.yaml', issues, label)) {
    const relation = readRelation(reader, nodeKeys);
    if (!relation) continue;
    const triple = `${relation.from}|${relation.type}|${relation.to}`;
    if (triples.has(triple))
      reader.fail('repeats an earlier relation with the same from, type and to: merge them');
    triples.add(triple);
    checkFoundingPair(reader, relation, foundingPairs);
    checkProvenance(reader, relation, sourceKeys);
    relations.push(relation);
  }

  if (issues.length > 0) throw new DatasetValidationError(issues);
  return { sources, nodes, relations };
}
