import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { useCuratedApp } from '../support/curated-app.js';
import { MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';
import { execute } from '../support/graphql-client.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { Subgraph } from '../support/operations.js';

const { app, db } = useCuratedApp();

async function download(path: string) {
  const response = await app().fetch(`http://test${path}`);
  return { response, text: await response.text() };
}

/** Node and edge counts of each format, read back by a parser that is not ours. */
const READERS: Record<string, (text: string) => Promise<{ nodes: number; edges: number }>> = {
  'graph.gexf': async (text) => {
    const graph = parseGexf(MultiDirectedGraph, text);
    return { nodes: graph.order, edges: graph.size };
  },
  'graph.graphml': async (text) => {
    const graph = parseGraphml(MultiDirectedGraph, text);
    return { nodes: graph.order, edges: graph.size };
  },
  'graph.cyjs': async (text) => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  },
  'graph.json': async (text) => {
    const graph = MultiDirectedGraph.from(JSON.parse(text));
    return { nodes: graph.order, edges: graph.size };
  },
  'graph.jsonld': async (text) => {
    const expanded = await jsonld.expand(JSON.parse(text));
    const typed = (type: string) =>
      expanded.filter((item) => (item['@type'] as string[] | undefined)?.includes(type)).length;
    const roles = typed('https://schema.org/Role');
    // The sources the elements cite are described too, under their URN.
    const sources = expanded.filter((item) =>
      String(item['@id']).startsWith('urn:solidarity-graph:source:'),
    ).length;
    const described = typed('https://schema.org/Dataset') + sources;
    return { nodes: expanded.length - roles - described, edges: roles };
  },
};

describe('exports of the neighbourhood of MES, two steps out', () => {
  it('hold the nodes and edges of `subgraph` in every format, read back by other parsers', async () => {
    const { data } = await execute(app(), Subgraph, { keys: ['mes'], depth: 2 });
    const expected = { nodes: data?.subgraph.nodes.length, edges: data?.subgraph.edges.length };
    expect(expected).toEqual(MES_SUBGRAPH_DEPTH_2);
    for (const [file, read] of Object.entries(READERS)) {
      const { response, text } = await download(`/export/${file}?keys=mes&depth=2`);
      expect(response.status, file).toBe(200);
      expect(await read(text), file).toEqual(expected);
    }
    const nodes = parseCsv((await download('/export/nodes.csv?keys=mes&depth=2')).text, {
      columns: true,
    });
    const edges = parseCsv((await download('/export/edges.csv?keys=mes&depth=2')).text, {
      columns: true,
    });
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(expected);
  });

  it('uses keys as node ids and "from|TYPE|to" as edge ids, with the attributes of the graph', async () => {
    const graph = parseGexf(
      MultiDirectedGraph,
      (await download('/export/graph.gexf?keys=mes&depth=2')).text,
    );
    expect(graph.getNodeAttributes('mes')).toMatchObject({
      label: 'MES',
      kind: 'Movement',
      country: 'FR',
      family: 'Actor',
    });
    expect(graph.getEdgeAttributes('mes|MEMBER_OF|ess-france')).toMatchObject({
      type: 'MEMBER_OF',
      since: '2015-01',
      role: 'board seat',
      disputed: false,
    });
    expect(graph.source('mes|MEMBER_OF|ess-france')).toBe('mes');
    // The GEXF parser lower-cases the names of <meta> elements.
    expect(graph.getAttribute('datasetversion')).toMatch(/^[0-9a-f]{12}$/);
    expect(graph.getAttribute('description')).toContain('dataset version');
    expect(graph.getAttribute('description')).toMatch(/graph version \d+/);
  });

  it('names the file and the dataset version in the headers', async () => {
    const { response } = await download('/export/graph.gexf?keys=mes&depth=2');
    const version = response.headers.get('x-dataset-version');
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(response.headers.get('x-graph-version')).toMatch(/^\d+$/);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="solidarity-graph-mes-d2-${version}-graph.gexf"`,
    );
    const csv = parseCsv((await download('/export/edges.csv?keys=mes&depth=1')).text, {
      columns: true,
    }) as Record<string, string>[];
    expect(new Set(csv.map((row) => row.datasetVersion))).toEqual(new Set([version]));
  });

  it('keeps only what held in a year: ESS France (2015) is not there in 2012', async () => {
    const read = async (query: string) =>
      MultiDirectedGraph.from(JSON.parse((await download(`/export/graph.json?${query}`)).text));
    const now = await read('keys=mes&depth=1');
    const in2012 = await read('keys=mes&depth=1&activeAt=2012');
    expect(now.hasNode('ess-france')).toBe(true);
    expect(in2012.hasNode('ess-france')).toBe(false);
    expect(in2012.hasEdge('mes|MEMBER_OF|ripess-europe')).toBe(true);
    const members = await read('keys=mes&depth=1&types=MEMBER_OF');
    expect(new Set(members.mapEdges((_e, attributes) => attributes.type))).toEqual(
      new Set(['MEMBER_OF']),
    );
  });
});

describe('the whole-graph export', () => {
  it('holds every node and relationship, of every family', async () => {
    const [counts] = await db().read(
      `MATCH (n:Entity) WITH count(n) AS nodes
       OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS edges`,
    );
    const graph = MultiDirectedGraph.from(JSON.parse((await download('/export/graph.json')).text));
    expect({ nodes: graph.order, edges: graph.size }).toEqual(counts);
    const families = new Set(graph.mapNodes((_key, attributes) => attributes.family));
    expect(families).toEqual(new Set(['Actor', 'Event', 'Law', 'PolicyDocument']));
  });
});

describe('npm run export', () => {
  it('writes the same GEXF to standard output, and says what it wrote on standard error', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/export.ts', '--format', 'gexf', '--keys', 'mes', '--depth', '2'],
      {
        env: {
          ...process.env,
          ...testNeo4jEnv(),
        },
      },
    );
    const graph = parseGexf(MultiDirectedGraph, stdout);
    expect({ nodes: graph.order, edges: graph.size }).toEqual(MES_SUBGRAPH_DEPTH_2);
    expect(stderr).toMatch(
      new RegExp(
        `^${MES_SUBGRAPH_DEPTH_2.nodes} nodes, ${MES_SUBGRAPH_DEPTH_2.edges} edges, dataset version [0-9a-f]{12}$`,
        'm',
      ),
    );
  });
});

describe('export errors', () => {
  it('answers a bad parameter, an unknown key or an unknown file with a precise error', async () => {
    const depth = await download('/export/graph.gexf?keys=mes&depth=9');
    expect(depth.response.status).toBe(400);
    expect(JSON.parse(depth.text).errors[0]).toMatchObject({
      message: 'Invalid argument "depth": must be between 0 and 3, got 9',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const key = await download('/export/graph.gexf?keys=nope');
    expect(key.response.status).toBe(404);
    expect(JSON.parse(key.text).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const type = await download('/export/graph.gexf?keys=mes&types=LIKES');
    expect(type.response.status).toBe(400);
    expect((await download('/export/graph.pdf')).response.status).toBe(404);
  });
});
