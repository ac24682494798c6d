import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import type { FormatName } from '../../src/export/formats.js';
import type { ExportOptions } from '../../src/export/options.js';
import { ExportInterrupted, startExport } from '../../src/export/run-export.js';
import { writeExport } from '../../src/export/write-file.js';
import { BUMP_GRAPH_VERSION } from '../../src/history/graph-version.js';
import { handleExport } from '../../src/http/export-route.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(() => db?.close());

const WHOLE: ExportOptions = { keys: null, depth: 1, types: null, activeAt: null };
const MES_2: ExportOptions = { keys: ['mes'], depth: 2, types: null, activeAt: null };

async function text(body: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function exported(format: FormatName, options: ExportOptions, pageSize?: number) {
  const stream = await startExport(db, format, options, { pageSize });
  return { text: await text(stream.body), written: stream.written };
}

/** Node keys and edge ids of a graphology JSON export, in file order. */
async function ids(options: ExportOptions, pageSize?: number) {
  const graph = MultiDirectedGraph.from(
    JSON.parse((await exported('graphology', options, pageSize)).text),
  );
  return { nodes: graph.nodes(), edges: graph.edges() };
}

describe('streamed exports read Neo4j in pages', () => {
  it('give the same nodes and edges, in the same order, with pages of 7 as with one page', async () => {
    for (const options of [WHOLE, MES_2]) {
      const paged = await ids(options, 7);
      expect(paged).toEqual(await ids(options, 10_000));
      expect(new Set(paged.edges).size).toBe(paged.edges.length);
    }
    const mes = await ids(MES_2, 7);
    expect({ nodes: mes.nodes.length, edges: mes.edges.length }).toEqual(MES_SUBGRAPH_DEPTH_2);
    expect(mes.nodes[0]).toBe('mes');
  });

  it('write every format completely across many pages, read back by other parsers', async () => {
    const [counts] = await db.read(
      `MATCH (n:Entity) WITH count(n) AS nodes
       OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS edges`,
    );
    const gexf = await exported('gexf', WHOLE, 5);
    const fromGexf = parseGexf(MultiDirectedGraph, gexf.text);
    expect({ nodes: fromGexf.order, edges: fromGexf.size }).toEqual(counts);
    expect(gexf.written).toEqual(counts);
    const fromGraphml = parseGraphml(
      MultiDirectedGraph,
      (await exported('graphml', WHOLE, 5)).text,
    );
    expect({ nodes: fromGraphml.order, edges: fromGraphml.size }).toEqual(counts);
    const cyjs = JSON.parse((await exported('cytoscape', WHOLE, 5)).text);
    expect({ nodes: cyjs.elements.nodes.length, edges: cyjs.elements.edges.length }).toEqual(
      counts,
    );
    const csv = parseCsv((await exported('edges-csv', WHOLE, 5)).text, { columns: true });
    expect(csv.length).toBe(counts?.edges);
  });
});

describe('a failure in the middle of a stream', () => {
  it('never ends the file: the closing part waits for the last consistency check', async () => {
    const own = await connectTestDatabase();
    const stream = await startExport(own, 'gexf', WHOLE, { pageSize: 10 });
    const iterator = stream.body[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    await own.close();
    let written = String(first.value);
    const rest = (async () => {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        written += String(next.value);
      }
    })();
    await expect(rest).rejects.toThrow();
    expect(written).toContain('<gexf');
    expect(written).not.toContain('</gexf>');
  });

  it('is an interrupted export when the graph changed between the first page and the last', async () => {
    const stream = await startExport(db, 'graphology', WHOLE, { pageSize: 10 });
    const iterator = stream.body[Symbol.asyncIterator]();
    await iterator.next();
    await db.write(BUMP_GRAPH_VERSION);
    await expect(text({ [Symbol.asyncIterator]: () => iterator })).rejects.toThrow(
      ExportInterrupted,
    );
  });

  it('over HTTP, cuts the connection (the client sees a truncated transfer, not a complete file)', async () => {
    const own = await connectTestDatabase();
    const cuts: Error[] = [];
    const response = await handleExport(own, new URL('http://test/export/graph.graphml'), {
      abort: (error) => cuts.push(error),
    });
    expect(response.status).toBe(200);
    const reader = response.body?.getReader();
    const first = await reader?.read();
    expect(first?.done).toBe(false);
    // The stream pulls only when read: no query is in flight while the database goes away.
    await own.close();
    let written = new TextDecoder().decode(first?.value);
    const drain = async () => {
      for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
        written += new TextDecoder().decode(next.value);
      }
    };
    // The socket is cut and the stream ends: an errored stream would reject again when the
    // HTTP adapter cancels it, where no one awaits.
    await drain();
    expect(cuts).toHaveLength(1);
    expect(written).not.toContain('</graphml>');
  });

  it('leaves no file behind from `npm run export --out`, and no complete-looking standard output', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'export-stream-'));
    try {
      const own = await connectTestDatabase();
      const out = join(dir, 'graph.gexf');
      const stream = await startExport(own, 'gexf', WHOLE, { pageSize: 10 });
      const body = (async function* () {
        for await (const chunk of stream.body) {
          yield chunk;
          await own.close();
        }
      })();
      await expect(writeExport(body, out, process.stdout)).rejects.toThrow();
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);

      const again = await connectTestDatabase();
      const collected: Buffer[] = [];
      const stdout = new Writable({
        write(chunk, _encoding, done) {
          collected.push(chunk);
          done();
        },
      });
      const cut = await startExport(again, 'graphml', WHOLE, { pageSize: 10 });
      const failing = (async function* () {
        for await (const chunk of cut.body) {
          yield chunk;
          await again.close();
        }
      })();
      await expect(writeExport(failing, undefined, stdout)).rejects.toThrow();
      expect(Buffer.concat(collected).toString()).not.toContain('</graphml>');

      const whole = join(dir, 'whole.graphml');
      const ok = await startExport(db, 'graphml', WHOLE, { pageSize: 10 });
      await writeExport(ok.body, whole, process.stdout);
      expect(await readFile(whole, 'utf8')).toContain('</graphml>');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
