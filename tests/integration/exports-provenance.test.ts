import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCuratedApp } from '../support/curated-app.js';
import { MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';
import { execute } from '../support/graphql-client.js';
import { type NetworkxReading, readWithNetworkx } from '../support/networkx.js';
import { Subgraph } from '../support/operations.js';

const { app } = useCuratedApp();

async function download(path: string): Promise<string> {
  const response = await app().fetch(`http://test${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sg-networkx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The three files of a selection, read by networkx in a python3 process. */
async function readExports(query: string): Promise<Required<NetworkxReading>> {
  const path = (file: string) => join(dir, `${query.replace(/\W/g, '_')}-${file}`);
  for (const file of ['graph.gexf', 'graph.graphml', 'graph.cyjs']) {
    await writeFile(path(file), await download(`/export/${file}?${query}`));
  }
  const { gexf, graphml, cytoscape, networkx } = await readWithNetworkx({
    gexf: path('graph.gexf'),
    graphml: path('graph.graphml'),
    cytoscape: path('graph.cyjs'),
  });
  if (!gexf || !graphml || !cytoscape) throw new Error('networkx did not read the three files');
  return { networkx, gexf, graphml, cytoscape };
}

const yearOf = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : null);

describe('networkx reads the exports', () => {
  it('reads GEXF, GraphML and the Cytoscape JSON with the counts of `subgraph`', async () => {
    const { data } = await execute(app(), Subgraph, { keys: ['mes'], depth: 2 });
    const expected = { nodes: data?.subgraph.nodes.length, edges: data?.subgraph.edges.length };
    expect(expected).toEqual(MES_SUBGRAPH_DEPTH_2);
    const read = await readExports('keys=mes&depth=2');
    for (const format of ['gexf', 'graphml', 'cytoscape'] as const) {
      const { nodes, edges } = read[format];
      expect({ nodes, edges }, `${format} read by networkx ${read.networkx}`).toEqual(expected);
    }
    expect(read.cytoscape).toMatchObject({ directed: true, multigraph: true });
  });

  it('reads GEXF spells that hold exactly in the years `activeAt` keeps', async () => {
    const read = (await readExports('')).gexf;
    expect(read.mode).toBe('dynamic');
    // A dated membership: its spell is its years, whole.
    expect(read.edgeSpell['mes|MEMBER_OF|ess-france']).toEqual(['2015-01-01', null]);
    const startYear = (key: string) => yearOf(read.nodeStart[key]);
    for (const year of [1998, 2005, 2012, 2020]) {
      const holds = (id: string) => {
        const [start, end] = read.edgeSpell[id] ?? [null, null];
        const [from, , to] = id.split('|') as [string, string, string];
        const ends = [from, to].every((key) => (startYear(key) ?? year) <= year);
        return (yearOf(start) ?? year) <= year && year <= (yearOf(end) ?? year) && ends;
      };
      const api = MultiDirectedGraph.from(
        JSON.parse(await download(`/export/graph.json?activeAt=${year}`)),
      );
      const inSpell = Object.keys(read.edgeSpell).filter(holds).sort();
      expect(inSpell, `edges in ${year}`).toEqual(api.edges().sort());
      const nodes = Object.keys(read.nodeStart).filter((key) => (startYear(key) ?? year) <= year);
      expect(nodes.sort(), `nodes in ${year}`).toEqual(api.nodes().sort());
    }
  });

  it('colours GEXF nodes by kind with the explorer palette and sizes them', async () => {
    const read = (await readExports('keys=mes&depth=1')).gexf;
    // MES is a Movement: Okabe and Ito's vermillion, #D55E00.
    expect(read.colour.mes).toMatchObject({ r: 0xd5, g: 0x5e, b: 0x00 });
    const sizes = Object.values(read.size) as number[];
    // Sized by degree: the hub is drawn larger than the smallest of its neighbours.
    expect(read.size.mes).toBeGreaterThan(Math.min(...sizes));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(4);
    expect(read.sourceUrls.mes).toMatch(/^https?:\/\//);
  });
});

/** The URLs of the sources cited by MES's neighbourhood, from the sources table. */
async function sourcesTable(query: string) {
  const rows = parseCsv(await download(`/export/sources.csv?${query}`), {
    columns: true,
  }) as Record<string, string>[];
  return rows;
}

describe('exports carry their sources, described', () => {
  it('lists every cited source in sources.csv, with title, URL, publisher and accessed', async () => {
    const query = 'keys=mes&depth=1';
    const sources = await sourcesTable(query);
    expect(Object.keys(sources[0] ?? {})).toEqual([
      'id',
      'title',
      'url',
      'publisher',
      'language',
      'accessed',
      'datasetVersion',
    ]);
    const cited = new Set<string>();
    for (const file of ['nodes.csv', 'edges.csv']) {
      const rows = parseCsv(await download(`/export/${file}?${query}`), {
        columns: true,
      }) as Record<string, string>[];
      for (const row of rows) {
        const keys = (row.sources ?? '').split(';');
        const urls = (row.sourceUrls ?? '').split(';');
        expect(urls.length, `${file} ${row.id}`).toBe(keys.length);
        for (const key of keys) cited.add(key);
      }
    }
    expect(new Set(sources.map((row) => row.id))).toEqual(cited);
    const withUrl = sources.filter((row) => /^https?:\/\//.test(row.url ?? ''));
    expect(withUrl.length).toBeGreaterThan(sources.length / 2);
    expect(sources.every((row) => row.title !== '')).toBe(true);
    expect(sources.some((row) => row.publisher !== '' && row.accessed !== '')).toBe(true);
  });

  it('describes the same sources in GraphML, Cytoscape, graphology, GeoJSON and JSON-LD', async () => {
    const query = 'keys=mes&depth=1';
    const table = await sourcesTable(query);
    const urls = new Set(table.map((row) => row.url).filter((url) => url !== ''));
    const urlsOf = (sources: { url: string }[]) =>
      new Set(sources.map((source) => source.url).filter((url) => url !== ''));

    const networkx = await readExports(query);
    expect(urlsOf(networkx.graphml.sources as { url: string }[])).toEqual(urls);

    const cyjs = JSON.parse(await download(`/export/graph.cyjs?${query}`));
    expect(urlsOf(cyjs.sources)).toEqual(urls);
    const cy = cytoscape({ headless: true, elements: cyjs.elements });
    expect(cy.getElementById('mes').data('sourceUrls')[0]).toMatch(/^https?:\/\//);

    const graphology = JSON.parse(await download(`/export/graph.json?${query}`));
    expect(urlsOf(graphology.sources)).toEqual(urls);
    const geo = JSON.parse(await download(`/export/actors.geojson?${query}`));
    expect(urlsOf(geo.sources).size).toBeGreaterThan(0);
    for (const url of urlsOf(geo.sources)) expect(urls.has(url)).toBe(true);

    const expanded = await jsonld.expand(
      JSON.parse(await download(`/export/graph.jsonld?${query}`)),
    );
    const works = expanded.filter((item) =>
      String(item['@id']).startsWith('urn:solidarity-graph:source:'),
    );
    for (const work of works) expect(work['@type']).toEqual(['https://schema.org/CreativeWork']);
    const cited = new Set(
      expanded.flatMap((item) =>
        ((item['https://schema.org/citation'] as { '@id': string }[] | undefined) ?? []).map(
          (citation) => citation['@id'],
        ),
      ),
    );
    // Every cited URN is described, as a CreativeWork with the source's URL.
    expect(new Set(works.map((work) => work['@id']))).toEqual(cited);
    const workUrls = works.flatMap((work) =>
      ((work['https://schema.org/url'] as { '@id': string }[] | undefined) ?? []).map(
        (url) => url['@id'],
      ),
    );
    expect(new Set(workUrls)).toEqual(urls);
  });

  it('puts dispute notes, attested years, founding flags, areas and descriptions on the elements', async () => {
    const graph = parseGexf(MultiDirectedGraph, await download('/export/graph.gexf'));
    const edges = graph.mapEdges((_id, attributes) => attributes);
    const nodes = graph.mapNodes((_key, attributes) => attributes);
    expect(edges.some((edge) => edge.founding === true)).toBe(true);
    expect(edges.some((edge) => /^\d{4}(;\d{4})*$/.test(String(edge.attested)))).toBe(true);
    expect(edges.some((edge) => edge.disputed === true && typeof edge.note === 'string')).toBe(
      true,
    );
    expect(nodes.some((node) => typeof node.description === 'string')).toBe(true);
    expect(nodes.some((node) => typeof node.areas === 'string')).toBe(true);
    expect(nodes.some((node) => typeof node.region === 'string')).toBe(true);
    expect(nodes.some((node) => typeof node.latitude === 'number')).toBe(true);
  });
});
