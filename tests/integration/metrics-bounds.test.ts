import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadSyntheticGraph,
  removeSyntheticGraph,
  type SyntheticShape,
} from '../../bench/scale/synthetic-graph.js';
import { CAPS } from '../../src/limits.js';
import { STATS_HEADER } from '../../src/plugins/db-stats.js';
import { useCuratedApp } from '../support/curated-app.js';
import { executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
let shape: SyntheticShape;
// Its biggest hub has about 4,200 members: twice the cap at depth 1.
beforeAll(async () => {
  shape = await loadSyntheticGraph(db(), 30_000);
}, 300_000);
afterAll(() => removeSyntheticGraph(db()));

const withStats = { [STATS_HEADER]: '1' };

describe('metrics on a neighbourhood far over its cap', () => {
  it('is refused from a bounded read of keys, while another request is answered', async () => {
    const hub = shape.hubs[0];
    expect(hub?.members).toBeGreaterThan(2 * CAPS.metricsNodes);
    let answeredMeanwhile = false;
    const refused = executeText(
      app(),
      `{ metrics(keys: ["${hub?.key}"], depth: 1) { communities } }`,
      {
        headers: withStats,
      },
    );
    const other = executeText(app(), '{ entity(key: "mes") { key } }').then((result) => {
      answeredMeanwhile = true;
      return result;
    });
    const result = await refused;
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toContain(`more than ${CAPS.metricsNodes} nodes`);
    // Keys only: the nodes and edges of the neighbourhood were never read.
    expect(result.extensions?.db?.byName).toEqual({ missingEntityKeys: 1, boundedReach: 1 });
    expect((await other).data).toEqual({ entity: { key: 'mes' } });
    expect(answeredMeanwhile).toBe(true);
  });

  it('stops at the cap two and three steps out from a member of the hub, and for the whole graph', async () => {
    const member = await db().read(
      'MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {key: $hub}) RETURN m.key AS key ORDER BY key LIMIT 1',
      { hub: shape.hubs[0]?.key },
    );
    for (const query of [
      `{ metrics(keys: ["${member[0]?.key}"], depth: 2) { communities } }`,
      `{ metrics(keys: ["${member[0]?.key}"], depth: 3, activeAt: 2015) { communities } }`,
      '{ metrics { communities } }',
    ]) {
      const result = await executeText(app(), query, { headers: withStats });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.extensions?.db?.byName.exportNodesAndEdges, query).toBeUndefined();
    }
  });

  it('still computes a neighbourhood under the cap', async () => {
    const small = shape.hubs.at(-1);
    const result = await executeText(
      app(),
      `{ metrics(keys: ["${small?.key}"], depth: 1) { nodes { key degree } } }`,
    );
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { metrics: { nodes: { key: string }[] } }).metrics.nodes;
    expect(nodes.length).toBeGreaterThan(small?.members ?? 0);
    expect(nodes.length).toBeLessThanOrEqual(CAPS.metricsNodes);
  });
});
