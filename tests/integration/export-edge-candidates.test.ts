import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, newQueryStats } from '../../src/db/database.js';
import type { ExportOptions } from '../../src/export/options.js';
import { startExport } from '../../src/export/run-export.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(() => db?.close());

/** Edge ids in file order, and the reads by name, of a graphology export in pages of `pageSize`. */
async function edgesOf(options: ExportOptions, pageSize: number) {
  const stats = newQueryStats();
  const stream = await startExport(db.withStats(stats), 'graphology', options, { pageSize });
  const chunks: Buffer[] = [];
  for await (const chunk of stream.body) chunks.push(chunk);
  const graph = MultiDirectedGraph.from(JSON.parse(Buffer.concat(chunks).toString('utf8')));
  return { edges: graph.edges(), reads: stats.byName };
}

describe('a neighbourhood export reads its relationships as candidates, then by id', () => {
  it('writes the same edges in the same order whether a batch is held as candidates or paged by cursor', async () => {
    for (const depth of [1, 2]) {
      const options: ExportOptions = { keys: ['mes'], depth, types: null, activeAt: null };
      const held = await edgesOf(options, 10_000);
      expect(held.reads.exportEdgePageFrom).toBeUndefined();
      expect(held.reads.exportEdgesById).toBeGreaterThan(0);
      // Pages of one row hold at most 4 candidates: most batches are read by cursor.
      const paged = await edgesOf(options, 1);
      expect(paged.reads.exportEdgePageFrom).toBeGreaterThan(0);
      expect(paged.edges).toEqual(held.edges);
      expect((await edgesOf(options, 7)).edges).toEqual(held.edges);
      expect(held.edges.length).toBeGreaterThan(0);
    }
  });
});
