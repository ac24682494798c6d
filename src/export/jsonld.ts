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
  citation: { '@id': 'schema:citation', '@container': '@set' },
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
    ...(n.foundingYear !== null ? { foundingDate: String(n.foundingYear) } : {}),
    disputed: n.disputed,
    citation: n.sources.map((source) => `${BASE}source:${source}`),
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
    disputed: e.disputed,
    citation: e.sources.map((source) => `${BASE}source:${source}`),
  };
}

/** JSON-LD with schema.org and ESSGlobal terms; the dataset itself is a schema:Dataset. */
export function jsonLd(source: ExportSource) {
  const { meta } = source;
  const dataset = {
    '@id': `${BASE}dataset:${meta.datasetVersion}`,
    '@type': 'schema:Dataset',
    name: meta.title,
    version: meta.datasetVersion,
    dateCreated: meta.exportedAt,
    license: 'https://opendatacommons.org/licenses/odbl/1-0/',
    citation: [meta.citation],
  };
  return jsonStream({
    '@context': CONTEXT,
    '@graph': streamedArray(async function* () {
      yield dataset;
      yield* eachOf(source.nodes(), node);
      yield* eachOf(source.edges(), edge);
    }),
  });
}
