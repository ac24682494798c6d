import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { graphChanged } from '../../src/db/graph-changes.js';
import { createApp } from '../../src/yoga.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { CURATED_COUNTS } from '../support/facts.js';
import { execute } from '../support/graphql-client.js';
import { Stats } from '../support/operations.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(() => db?.close());

describe('stats', () => {
  it('counts graph facts only, not the bookkeeping relationships of proposals, aliases or history', async () => {
    const before = (await execute(createApp({ db }), Stats)).data?.stats;
    await db.write(`
MATCH (mes:Entity {key: 'mes'}), (ripess:Entity {key: 'ripess'})
CREATE (probe:StatsProbe)-[:PROPOSED]->(mes), (probe)-[:CHANGED]->(ripess), (mes)-[:ALIAS_OF]->(ripess)`);
    try {
      graphChanged();
      const after = (await execute(createApp({ db }), Stats)).data?.stats;
      expect(after?.relations).toBe(CURATED_COUNTS.relations);
      expect(after?.relations).toBe(
        after?.byRelationType.reduce((total, item) => total + item.count, 0),
      );
      expect(after?.mostConnected).toEqual(before?.mostConnected);
    } finally {
      await db.write('MATCH (probe:StatsProbe) DETACH DELETE probe');
      await db.write(
        "MATCH (:Entity {key: 'mes'})-[alias:ALIAS_OF]->(:Entity {key: 'ripess'}) DELETE alias",
      );
      graphChanged();
    }
  });
});
