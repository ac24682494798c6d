import type { Source } from '../model/types.js';
import type { ExportEdge, ExportNode } from './graph-query.js';
import { jsonStream, streamedArray } from './json-stream.js';
import { type ExportSource, eachOf } from './source.js';

const BASE = 'urn:solidarity-graph:';

// Inline context: a JSON-LD processor needs no network to read the export.
const CONTEXT = {
  '@version': 1.1,
  schema: 'https://schema.org/',
  essglobal: 'http://purl.org/essglobal/vocab/',
  sg: `${BASE}vocab:`,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  name: 'schema:name',
  alternateName: 'schema:alternateName',
  identifier: 'schema:identifier',
  foundingDate: { '@id': 'schema:foundingDate', '@type': 'xsd:gYear' },
  areaServed: 'schema:areaServed',
  addressCountry: 'schema:addressCountry',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  roleName: 'schema:roleName',
  description: 'schema:description',
  latitude: { '@id': 'schema:latitude', '@type': 'xsd:double' },
  longitude: { '@id': 'schema:longitude', '@type': 'xsd:double' },
  addressRegion: 'schema:addressRegion',
  addressLocality: 'schema:addressLocality',
  area: { '@id': 'sg:area', '@container': '@set' },
  note: 'sg:note',
  founding: { '@id': 'sg:founding', '@type': 'xsd:boolean' },
  attested: { '@id': 'sg:attestedIn', '@type': 'xsd:gYear', '@container': '@set' },
  url: { '@id': 'schema:url', '@type': '@id' },
  publisher: 'schema:publisher',
  inLanguage: 'schema:inLanguage',
  dateRead: { '@id': 'sg:accessed', '@type': 'xsd:date' },
  citation: { '@id': 'schema:citation', '@type': '@id', '@container': '@set' },
  creditText: 'schema:creditText',
  kind: 'sg:kind',
  disputed: { '@id': 'sg:disputed', '@type': 'xsd:boolean' },
  relationType: 'sg:relationType',
  from: { '@id': 'sg:from', '@type': '@id' },
  to: { '@id': 'sg:to', '@type': '@id' },
  license: { '@id': 'schema:license', '@type': '@id' },
  version: 'schema:version',
  dateCreated: 'schema:dateCreated',
};

// schema.org classes per family; actors other than public bodies are SSE initiatives in ESSGlobal.
const TYPES: Record<string, string[]> = {
  Actor: ['schema:Organization'],
  Event: ['schema:Event'],
  Law: ['schema:Legislation'],
  PolicyDocument: ['schema:CreativeWork'],
};

function nodeId(key: string): string {
  return `${BASE}node:${key}`;
}

function sourceId(key: string): string {
  return `${BASE}source:${key}`;
}

/** A cited source as a schema:CreativeWork, under the URN the elements cite. */
function described(source: Source) {
  return {
    '@id': sourceId(source.key),
    '@type': 'schema:CreativeWork',
    identifier: source.key,
    ...(source.title ? { name: source.title } : {}),
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.language ? { inLanguage: source.language } : {}),
    ...(source.accessed ? { dateRead: source.accessed } : {}),
  };
}

function node(n: ExportNode) {
  const types = [...(TYPES[n.family] ?? ['schema:Thing'])];
  if (n.family === 'Actor' && n.kind !== 'PublicBody') types.push('essglobal:SSEInitiative');
  return {
    '@id': nodeId(n.key),
    '@type': types,
    identifier: n.key,
    name: n.name,
    ...(n.acronym ? { alternateName: n.acronym } : {}),
    ...(n.kind ? { kind: n.kind } : {}),
    ...(n.scope ? { areaServed: n.scope } : {}),
    ...(n.country ? { addressCountry: n.country } : {}),
    ...(n.region ? { addressRegion: n.region } : {}),
    ...(n.city ? { addressLocality: n.city } : {}),
    ...(n.lat !== null && n.lon !== null ? { latitude: n.lat, longitude: n.lon } : {}),
    ...(n.areas.length > 0 ? { area: n.areas } : {}),
    ...(n.foundingYear !== null ? { foundingDate: String(n.foundingYear) } : {}),
    ...(n.description ? { description: n.description } : {}),
    disputed: n.disputed,
    ...(n.note ? { note: n.note } : {}),
    citation: n.sources.map(sourceId),
  };
}

// A relationship with dates and a role is a schema.org Role between its two ends.
function edge(e: ExportEdge) {
  return {
    '@id': `${BASE}relation:${encodeURIComponent(e.id)}`,
    '@type': 'schema:Role',
    identifier: e.id,
    relationType: e.type,
    from: nodeId(e.source),
    to: nodeId(e.target),
    ...(e.since ? { startDate: e.since } : {}),
    ...(e.until ? { endDate: e.until } : {}),
    ...(e.role ? { roleName: e.role } : {}),
    ...(e.founding ? { founding: true } : {}),
    ...(e.attested.length > 0 ? { attested: e.attested.map(String) } : {}),
    disputed: e.disputed,
    ...(e.note ? { note: e.note } : {}),
    citation: e.sources.map(sourceId),
  };
}

/**
 * JSON-LD with schema.org and ESSGlobal terms; the dataset itself is a schema:Dataset, each cited
 * source a schema:CreativeWork.
 */
export function jsonLd(source: ExportSource) {
  const { meta } = source;
  const dataset = {
    '@id': `${BASE}dataset:${meta.datasetVersion}`,
    '@type': 'schema:Dataset',
    name: meta.title,
    version: meta.datasetVersion,
    dateCreated: meta.exportedAt,
    license: 'https://opendatacommons.org/licenses/odbl/1-0/',
    creditText: meta.citation,
  };
  return jsonStream({
    '@context': CONTEXT,
    '@graph': streamedArray(async function* () {
      yield dataset;
      yield* eachOf(source.nodes(), node);
      yield* eachOf(source.edges(), edge);
      // Every source the elements cite, described once they are all read.
      yield* source.citedSources().map(described);
    }),
  });
}
