import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { graphChanged } from '../../src/db/graph-changes.js';
import { readStats } from '../../src/graph/stats.js';
import { RELATION_TYPES } from '../../src/model/vocabulary.js';
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

  it('ranks the most connected actors as the graph-facts degree of every actor does, on both paths', async () => {
    // Bookkeeping relationships give a quiet actor the biggest whole degree, not a graph-facts one.
    await db.write(`
MATCH (quiet:Actor) WITH quiet ORDER BY COUNT { (quiet)--() }, quiet.key LIMIT 1
UNWIND range(1, 400) AS i CREATE (:StatsProbe)-[:PROPOSED]->(quiet)`);
    try {
      const expected = await db.read(
        `MATCH (n:Actor) WITH n, COUNT { (n)-[:${Object.keys(RELATION_TYPES).join('|')}]-() } AS degree
         RETURN n.key AS key, degree ORDER BY degree DESC, key`,
      );
      for (const top of [1, 3, 10, 37, 100]) {
        // 1 candidate per actor asked leaves ties past the candidates: the second path reads again.
        for (const perTop of [1, 4]) {
          const { mostConnected } = await readStats(db, top, perTop);
          expect(
            mostConnected.map((row) => ({ key: row.actor.key, degree: row.degree })),
            `top ${top}, ${perTop} per top`,
          ).toEqual(
            expected.slice(0, top).map((row) => ({ key: row.key, degree: Number(row.degree) })),
          );
        }
      }
    } finally {
      await db.write('MATCH (probe:StatsProbe) DETACH DELETE probe');
    }
  });
});
