import { describe, expect, it } from 'vitest';
import { firstNeighbours, firstNeighboursOfHubs } from '../../src/graph/expand.js';
import {
  pageVariantOf,
  type RelationSpec,
  relationPages,
  relationsOfKeys,
} from '../../src/graph/relations.js';
import { SMALL_NODE_DEGREE } from '../../src/graph/small-node.js';
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
});
