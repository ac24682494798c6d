import { describe, expect, it } from 'vitest';
import { readCommonMembersCount } from '../../src/graph/research-facts.js';
import { bumpGraphVersion } from '../../src/history/graph-version.js';
import { STATS_HEADER } from '../../src/plugins/db-stats.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, executeText } from '../support/graphql-client.js';

// `commonMembersPage`'s totalCount is kept per graph version: the pages of one question count once,
// and a write (through this API, or one this process is not told of) is counted by the next page.

const { app, db } = useCuratedApp();
const withStats = { [STATS_HEADER]: '1' };

async function countOf(keys: string[], headers: Record<string, string> = {}) {
  const result = await executeText(
    app(),
    `{ commonMembersPage(keys: ${JSON.stringify(keys)}, first: 2) { totalCount } }`,
    { headers: { ...withStats, ...headers } },
  );
  expect(result.errors).toBeUndefined();
  const counted = (result.extensions?.db?.byName as Answer | undefined)?.commonMembersCount ?? 0;
  const page = (result.data as Answer | undefined)?.commonMembersPage;
  return { total: page?.totalCount as number, counted };
}

/** A member of `body` that is not a member of `other` (so MEMBER_OF to `other` adds a common one). */
async function memberOfOnly(body: string, other: string): Promise<string> {
  const [row] = await db().read(
    `MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {key: $body})
     WHERE NOT EXISTS { (m)-[:MEMBER_OF]->(:Entity {key: $other}) }
     RETURN m.key AS key ORDER BY key LIMIT 1`,
    { body, other },
  );
  return String(row?.key);
}

describe('commonMembersPage totalCount, kept per graph version', () => {
  const keys = ['mes', 'ctc'];

  it('counts once for the pages of one version, whatever the order of the keys', async () => {
    const first = await countOf(keys);
    expect(first.total).toBeGreaterThan(0);
    const again = await countOf([...keys].reverse());
    expect(again).toEqual({ total: first.total, counted: 0 });
    // The count read directly agrees with the kept one.
    const [row] = await db().read(
      `MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {key: 'mes'}) WHERE EXISTS { (m)-[:MEMBER_OF]->(:Entity {key: 'ctc'}) }
       RETURN count(DISTINCT m) AS total`,
    );
    expect(row?.total).toBe(first.total);
  });

  it('counts a membership added and retracted through the API on the next page', async () => {
    const curator = bearer(await tokenFor(db(), 'common-count-curator', 'curator'));
    const before = await countOf(keys);
    const from = await memberOfOnly('ctc', 'mes');
    const added = await executeText(
      app(),
      `mutation { addRelation(input: { from: "${from}", type: MEMBER_OF, to: "mes", sources: ["S1"] }) { version relation { id } } }`,
      { headers: curator },
    );
    expect(added.errors).toBeUndefined();
    const after = await countOf(keys);
    expect(after).toEqual({ total: before.total + 1, counted: 1 });
    const retracted = await executeText(
      app(),
      `mutation { retractRelation(id: "${from}|MEMBER_OF|mes", expectedVersion: 1, reason: "test") { id } }`,
      { headers: curator },
    );
    expect(retracted.errors).toBeUndefined();
    expect(await countOf(keys)).toEqual({ total: before.total, counted: 1 });
  });

  it('counts a versioned write this process was not told of (another process, a load)', async () => {
    const before = await countOf(keys);
    expect((await countOf(keys)).counted).toBe(0);
    const from = await memberOfOnly('ctc', 'mes');
    // As another process writes: the version bumped in the write's transaction, no in-process notice.
    const write = (cypher: string) =>
      db().writeTransaction(async (tx) => {
        await bumpGraphVersion(tx);
        await tx.run(cypher, { from });
      });
    await write(
      `MATCH (a:Entity {key: $from}), (b:Entity {key: 'mes'})
       CREATE (a)-[:MEMBER_OF {fromKey: a.key, toKey: b.key}]->(b)`,
    );
    expect(await countOf(keys)).toEqual({ total: before.total + 1, counted: 1 });
    await write(`MATCH (:Entity {key: $from})-[r:MEMBER_OF]->(:Entity {key: 'mes'}) DELETE r`);
    expect(await countOf(keys)).toEqual({ total: before.total, counted: 1 });
  });
});

describe('commonMembersCount, both paths', () => {
  it('counts two bodies joined as it counts the smaller one checked against the other', async () => {
    const rows = await db().read(
      `MATCH (n:Entity) WITH n, COUNT { (n)<-[:MEMBER_OF]-() } AS members
       ORDER BY members DESC, n.key LIMIT 5 RETURN n.key AS key`,
    );
    const bodies = rows.map((row) => String(row.key));
    const sets = bodies.flatMap((a, i) => bodies.slice(i).map((b) => [a, b]));
    sets.push([bodies[0] ?? '', bodies[1] ?? '', bodies[2] ?? '']);
    let common = 0;
    for (const keys of sets) {
      const joined = await readCommonMembersCount(db(), keys, 1e9);
      expect(await readCommonMembersCount(db(), keys, 0), keys.join(' ')).toBe(joined);
      common += joined;
    }
    // Not only empty intersections: the same body twice is all its members.
    expect(common).toBeGreaterThan(sets.length);
  });
});
