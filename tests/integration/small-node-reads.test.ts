import { describe, expect, it } from 'vitest';
import { firstNeighbours, firstNeighboursOfHubs } from '../../src/graph/expand.js';
import {
  pageVariantOf,
  type RelationSpec,
  relationPages,
  relationsOfKeys,
} from '../../src/graph/relations.js';
import { SMALL_NODE_DEGREE } from '../../src/graph/small-node.js';
import { refreshMemberWindow } from '../../src/model/active-at.js';
import { type ReadBriefness, WHOLE_READS } from '../../src/model/projection.js';

const BRIEF_READS: ReadBriefness = { nodes: true, relations: true };

import type { RelationType } from '../../src/model/vocabulary.js';
import { useCuratedApp } from '../support/curated-app.js';

// Small nodes' relationships are walked, hubs' read from the indexes: both must give the same answer.
const { db } = useCuratedApp();

/** Every tenth node's key (every node would only repeat the same reads), with the hubs of data/. */
const someKeys = async () =>
  (await db().read('MATCH (n:Entity) RETURN n.key AS key ORDER BY key'))
    .map((row) => String(row.key))
    .filter((key, index) => index % 10 === 0 || ['mes', 'ripess', 'cress'].includes(key));

// Hundreds of reads each: minutes on a loaded 2-core machine.
const SLOW = 300_000;

const TYPE_CHOICES: (RelationType[] | null)[] = [null, ['MEMBER_OF'], ['MEMBER_OF', 'FOUNDED']];

/** Years around the curated graph's dates: before most foundings, in the middle, today. */
const YEARS = [1990, 2008, 2025];

/**
 * Every spec the resolvers read as an any-type page (one type in one direction has its own
 * indexed statement), with and without a cursor taken from the first page.
 */
async function anyTypeSpecs(key: string): Promise<RelationSpec[]> {
  const specs: RelationSpec[] = [];
  for (const types of TYPE_CHOICES)
    for (const direction of ['BOTH', 'OUTGOING', 'INCOMING'] as const)
      for (const limit of [1, 3, 100]) {
        const spec: RelationSpec = {
          types,
          direction,
          activeAt: null,
          after: null,
          limit,
          brief: limit === 3 ? BRIEF_READS : WHOLE_READS,
        };
        if (pageVariantOf(spec) !== 'any') continue;
        specs.push(spec);
        const [first] = await relationPages(db(), [key], spec, 'any');
        const last = first?.at(-1);
        if (last)
          specs.push({
            ...spec,
            after: {
              type: last.relation.type,
              otherKey: last.other.key,
              fromKey: last.relation.from,
            },
          });
      }
  return specs;
}

/** A node's first neighbours in a year by the rule written out, whatever its degree. */
async function walkedInYear(
  key: string,
  types: RelationType[] | null,
  limit: number,
  activeAt: number,
): Promise<string[]> {
  const rows = await db().read(
    `MATCH (f:Entity {key: $key})-[r]-(m:Entity)
     WHERE ($types IS NULL OR type(r) IN $types)
       AND coalesce(m.startYear, $activeAt) <= $activeAt
       AND coalesce(r.untilYear, $activeAt) >= $activeAt
       AND coalesce(r.sinceYear, r.attested[0],
         CASE WHEN coalesce(startNode(r).startYear, 0) > coalesce(endNode(r).startYear, 0)
           THEN startNode(r).startYear ELSE endNode(r).startYear END, $activeAt) <= $activeAt
     RETURN DISTINCT m.key AS key ORDER BY key LIMIT $limit`,
    { key, types, limit, activeAt },
  );
  return rows.map((row) => String(row.key));
}

describe('reads of a small node and of a hub', () => {
  it(
    'give every node the same first neighbours walked as read from the indexes',
    async () => {
      const keys = await someKeys();
      for (const types of TYPE_CHOICES)
        for (const limit of [1, 4, 501]) {
          const walked = await firstNeighbours(db(), keys, 1, types, limit);
          const indexed = await firstNeighboursOfHubs(db(), keys, types, limit);
          expect(walked).toEqual(indexed);
        }
    },
    SLOW,
  );

  it(
    'give every node the same first neighbours in a year walked as read from the indexes',
    async () => {
      const keys = await someKeys();
      for (const activeAt of YEARS)
        for (const types of TYPE_CHOICES)
          for (const limit of [1, 4, 501]) {
            const walked = await firstNeighbours(db(), keys, 1, types, limit, activeAt);
            const indexed = await firstNeighboursOfHubs(db(), keys, types, limit, activeAt);
            expect(walked, `${activeAt} ${types} ${limit}`).toEqual(indexed);
          }
      // The year rule is applied: some neighbour of 2025 is not one of 1990.
      const [early, late] = await Promise.all(
        [1990, 2025].map((year) => firstNeighbours(db(), ['mes'], 1, null, 501, year)),
      );
      expect(late?.mes?.length).toBeGreaterThan(early?.mes?.length ?? 0);
    },
    SLOW,
  );

  it(
    'give every node the same any-type pages walked as read from the indexes',
    async () => {
      const keys = await someKeys();
      for (const key of ['mes', 'cress']) {
        for (const spec of await anyTypeSpecs(key)) {
          const walked = await relationsOfKeys(db(), keys, spec);
          const indexed = await relationPages(db(), keys, spec, 'any');
          expect(walked, `${key} ${JSON.stringify(spec)}`).toEqual(indexed);
        }
      }
    },
    SLOW,
  );

  it(
    'read a hub, over the walking degree, from the indexes with the same answer',
    async () => {
      // A hub of SMALL_NODE_DEGREE + 1 members, each also a partner of a second body.
      await db().write(
        `MATCH (hub:Entity {key: 'mes'}), (other:Entity {key: 'ripess'})
       UNWIND range(1, $count) AS i
       CREATE (m:Entity:Actor {key: 'zz-member-' + toString(i), name: 'Member ' + toString(i), kind: 'network'})
       CREATE (m)-[:MEMBER_OF {fromKey: m.key, toKey: hub.key}]->(hub)
       CREATE (m)-[:PARTNER_OF {fromKey: m.key, toKey: other.key}]->(other)`,
        { count: SMALL_NODE_DEGREE + 1 },
      );
      const counted = await db().read(
        `MATCH (hub:Entity {key: 'mes'}) RETURN COUNT { (hub)--() } AS degree`,
      );
      expect(Number(counted[0]?.degree)).toBeGreaterThan(SMALL_NODE_DEGREE);
      const keys = ['mes', 'ripess', 'zz-member-7'];
      for (const types of TYPE_CHOICES) {
        const near = await firstNeighbours(db(), keys, 1, types, 40);
        expect(near).toEqual(await firstNeighboursOfHubs(db(), keys, types, 40));
        expect(near.mes?.length).toBe(40);
      }
      for (const spec of await anyTypeSpecs('mes')) {
        const pages = await relationsOfKeys(db(), keys, spec);
        expect(pages).toEqual(await relationPages(db(), keys, spec, 'any'));
      }
    },
    SLOW,
  );

  it(
    "read a hub's first neighbours in a year from the indexes and the stored window, as the rule says",
    async () => {
      // Dated members as writers store them (the window refreshed), some founded late, some gone.
      await db().write(
        `MATCH (hub:Entity {key: 'ess-france'})
       UNWIND range(1, $count) AS i
       CREATE (m:Entity:Actor {key: 'zz-dated-' + toString(i), name: 'Dated ' + toString(i),
         kind: 'network', startYear: CASE WHEN i % 11 = 0 THEN 2020 END})
       CREATE (m)-[r:MEMBER_OF {fromKey: m.key, toKey: hub.key,
         sinceYear: CASE WHEN i % 3 = 0 THEN 2010 END, untilYear: CASE WHEN i % 7 = 0 THEN 2000 END}]->(hub)
       WITH r${refreshMemberWindow('r')}`,
        { count: SMALL_NODE_DEGREE + 1 },
      );
      const keys = ['ess-france', 'zz-dated-3', 'mes'];
      for (const activeAt of YEARS)
        for (const types of TYPE_CHOICES)
          for (const limit of [5, 700]) {
            const near = await firstNeighbours(db(), keys, 1, types, limit, activeAt);
            expect(near).toEqual(await firstNeighboursOfHubs(db(), keys, types, limit, activeAt));
            expect(near['ess-france'], `${activeAt} ${types} ${limit}`).toEqual(
              await walkedInYear('ess-france', types, limit, activeAt),
            );
          }
    },
    SLOW,
  );
});
