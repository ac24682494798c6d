// `npx tsx scripts/measure-layout.ts`: how many iterations the explorer's ForceAtlas2 layout takes
// to settle on the neighbourhoods of MES (1 to 3 steps out), how long they take here, and how far
// the nodes still move in 200 more iterations (mean, as a share of the layout's width), from the
// curated graph in a throwaway local Neo4j. Run twice, the layout is the same to the last digit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MultiDirectedGraph } from 'graphology';
import { seedDatabase } from '../src/dataset/seed-database.js';
import { connectDatabase } from '../src/db/connect.js';
import { applySchema } from '../src/model/apply-schema.js';
import { freePort } from '../src/neo4j/free-port.js';
import { startLocalNeo4j } from '../src/neo4j/local-neo4j.js';
import { createApp } from '../src/yoga.js';
import { forceAtlas2, layOut, meanMove } from '../web/src/layout.js';

const positions = (graph: MultiDirectedGraph) =>
  new Map(graph.mapNodes((key, a) => [key, { x: Number(a.x), y: Number(a.y) }]));

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-layout-'));
const neo = await startLocalNeo4j({ port: await freePort(), dataDir, heap: '768m' });
const db = await connectDatabase({ uri: neo.uri, user: 'neo4j', password: '' });
try {
  await applySchema(db);
  await seedDatabase(db);
  const app = createApp({ db });
  for (const depth of [1, 2, 3]) {
    const response = await app.fetch(`http://local/export/graph.json?keys=mes&depth=${depth}`);
    const exported = await response.json();
    const graph = new MultiDirectedGraph();
    graph.import(exported);
    const started = performance.now();
    const iterations = layOut(graph);
    const ms = performance.now() - started;
    const settled = positions(graph);
    layOut(graph);
    const again = meanMove(settled, positions(graph));
    forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
    const more = meanMove(settled, positions(graph));
    console.log(
      `MES depth ${depth} (${graph.order} nodes, ${graph.size} edges): ${iterations} iterations in ` +
        `${ms.toFixed(0)} ms; 200 more move nodes ${(more * 100).toFixed(2)}% of the width; ` +
        `laid out again: ${again === 0 ? 'identical' : `${(again * 100).toFixed(4)}% apart`}`,
    );
  }
} finally {
  await db.close();
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
