import { describe, expect, it } from 'vitest';
import { foundersOfKeys } from '../../src/graph/relations.js';
import { useCuratedApp } from '../support/curated-app.js';

// Founders are read from two indexes (FOUNDED by its end, founding memberships by the flag): the
// same founders as the rule written out, walking every incoming relationship.
const { db } = useCuratedApp();

/** Each key's founders by the rule, in the field's order: `[fromKey, type]` pairs. */
async function foundersByRule(keys: string[]): Promise<Map<string, string[][]>> {
  const rows = await db().read(
    `UNWIND $keys AS key
     MATCH (n:Entity {key: key})<-[r:MEMBER_OF|FOUNDED]-(other:Entity)
     WHERE type(r) = 'FOUNDED' OR r.founding = true
     WITH key, other.key AS from, type(r) AS type ORDER BY from, type
     RETURN key, collect([from, type]) AS founders`,
    { keys },
  );
  return new Map(rows.map((row) => [String(row.key), row.founders as string[][]]));
}

async function compareAll(limit: number): Promise<number> {
  const keys = (await db().read('MATCH (n:Entity) RETURN n.key AS key ORDER BY key')).map((row) =>
    String(row.key),
  );
  const read = await foundersOfKeys(db(), keys, limit);
  const expected = await foundersByRule(keys);
  let founders = 0;
  keys.forEach((key, index) => {
    const got = (read[index] ?? []).map((edge) => [edge.other.key, edge.relation.type]);
    expect(got, key).toEqual((expected.get(key) ?? []).slice(0, limit));
    founders += got.length;
  });
  return founders;
}

describe('founders read from the indexes', () => {
  it('are the founders of the rule for every node of the curated graph, cut at the limit', async () => {
    expect(await compareAll(1000)).toBeGreaterThan(9);
    await compareAll(2);
  });

  it('follow a membership whose founding flag is set, cleared or never given', async () => {
    await db().write(
      `MATCH (a:Entity {key: 'ripess'}), (b:Entity {key: 'ess-france'}), (c:Entity {key: 'mes'})
       MERGE (a)-[x:MEMBER_OF]->(b) SET x.fromKey = a.key, x.toKey = b.key, x.founding = true
       MERGE (c)-[y:MEMBER_OF]->(b) SET y.fromKey = c.key, y.toKey = b.key, y.founding = false`,
    );
    const [founders] = await foundersOfKeys(db(), ['ess-france'], 1000);
    expect(founders?.map((edge) => edge.other.key)).toContain('ripess');
    expect(founders?.map((edge) => edge.other.key)).not.toContain('mes');
    await compareAll(1000);
    await db().write(
      `MATCH (:Entity {key: 'ripess'})-[x:MEMBER_OF]->(:Entity {key: 'ess-france'}) REMOVE x.founding`,
    );
    const [after] = await foundersOfKeys(db(), ['ess-france'], 1000);
    expect(after?.map((edge) => edge.other.key)).not.toContain('ripess');
  });
});
