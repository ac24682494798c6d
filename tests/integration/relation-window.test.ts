import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/model/apply-schema.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

// The relation rule's stored window on MEMBER_OF (relFrom/relUntil) against the rule written out
// here, and the counts in a year read from it against the counts of the rule.

const { app, db } = useCuratedApp();

/** The relation `activeAt` rule for `r` from `a` to `b` in `year`, as it is written for lists. */
const RULE = `
  coalesce(
      r.sinceYear,
      r.attested[0],
      CASE WHEN coalesce(a.startYear, 0) > coalesce(b.startYear, 0) THEN a.startYear ELSE b.startYear END,
      year
    ) <= year
  AND coalesce(r.untilYear, year) >= year`;

/** Ids of the MEMBER_OF relationships whose stored window disagrees with the rule in some year. */
async function windowMismatches(): Promise<string[]> {
  const rows = await db().read(`
    MATCH (a)-[r:MEMBER_OF]->(b)
    WITH a, r, b,
      [year IN range(1000, 2999) WHERE coalesce(r.relFrom <= year AND r.relUntil >= year, false)] AS stored,
      [year IN range(1000, 2999) WHERE ${RULE}] AS rule
    WHERE stored <> rule
    RETURN a.key + '|MEMBER_OF|' + b.key AS id`);
  return rows.map((row) => String(row.id));
}

const YEARS = [1990, 2000, 2005, 2010, 2015, 2020, 2025];

/** Each node's MEMBER_OF count in `year` by the rule, both ways. */
async function ruleCounts(key: string, year: number) {
  const [row] = await db().read(
    `MATCH (n:Entity {key: $key})
     RETURN
       COUNT { MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity) WHERE b = n AND ${RULE.replaceAll('year', '$year')} } AS members,
       COUNT { MATCH (a:Entity)-[r:MEMBER_OF]->(b:Entity) WHERE a = n AND ${RULE.replaceAll('year', '$year')} } AS memberships`,
    { key, year },
  );
  return { members: Number(row?.members), memberships: Number(row?.memberships) };
}

const COUNTS = /* GraphQL */ `
  query ($key: String!, $year: Int!) {
    actor(key: $key) {
      members(activeAt: $year) { totalCount }
      memberships(activeAt: $year) { totalCount }
      relations(types: [MEMBER_OF], activeAt: $year) { totalCount }
    }
  }`;

async function keysWithMemberships(): Promise<string[]> {
  const rows = await db().read(
    'MATCH (n:Actor) WHERE COUNT { (n)-[:MEMBER_OF]-() } > 0 RETURN n.key AS key ORDER BY key',
  );
  return rows.map((row) => String(row.key));
}

describe('the stored relation window on MEMBER_OF', () => {
  it('equals the relation rule for every MEMBER_OF after seed, and comes back after a migration', async () => {
    expect(await windowMismatches()).toEqual([]);
    await db().write('MATCH ()-[r:MEMBER_OF]->() REMOVE r.relFrom, r.relUntil');
    await db().write("MATCH (m:SchemaMigration {id: 'member-of-relation-window'}) DELETE m");
    await applySchema(db());
    const [row] = await db().read(
      'MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS all, count(r.relFrom) AS windows',
    );
    expect(Number(row?.windows)).toBe(Number(row?.all));
    expect(await windowMismatches()).toEqual([]);
  });

  it('gives every actor the counts in a year that the rule gives, from one statement', async () => {
    const keys = await keysWithMemberships();
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys.filter((_, index) => index % 3 === 0))
      for (const year of YEARS) {
        const expected = await ruleCounts(key, year);
        const result = await executeText(app(), COUNTS, {
          variables: { key, year },
          headers: { 'x-graph-stats': '1' },
        });
        const actor = result.data?.actor as Answer;
        expect(actor.members.totalCount, `${key} in ${year}`).toBe(expected.members);
        expect(actor.memberships.totalCount, `${key} in ${year}`).toBe(expected.memberships);
        expect(actor.relations.totalCount, `${key} in ${year}`).toBe(
          expected.members + expected.memberships,
        );
        expect(result.extensions?.db?.byName).toHaveProperty(['relationCountsActiveAt.MEMBER_OF']);
      }
  }, 300_000);

  it('follows writes: a founding year changed and a dated relation added through the API', async () => {
    const curator = bearer(await tokenFor(db(), 'relation-window-curator', 'curator'));
    const ok = (query: string) => answerOf(app(), query, { headers: curator });
    await ok(
      'mutation { addRelation(input: { from: "mes", type: MEMBER_OF, to: "ripess", since: "2004", until: "2012", sources: ["S1"] }) { version } }',
    );
    await ok(
      'mutation { updateEntity(key: "ripess", expectedVersion: 1, patch: { founded: { date: "1999", sources: ["S1"] } }) { version } }',
    );
    expect(await windowMismatches()).toEqual([]);
    const expected = await ruleCounts('ripess', 2008);
    const answer = await answerOf(app(), COUNTS, { variables: { key: 'ripess', year: 2008 } });
    expect(answer.actor.members.totalCount).toBe(expected.members);
  });

  it('never shows in answers, history or exports', async () => {
    const relation = await answerOf(
      app(),
      '{ relation(id: "mes|MEMBER_OF|ripess") { id since { value } } actor(key: "mes") { memberships { edges { since { value } } } } }',
    );
    const history = await answerOf(
      app(),
      '{ history(key: "mes|MEMBER_OF|ripess") { edges { node { before after } } } }',
    );
    const exported = await (await app().fetch('http://test/export/graph.json?keys=mes')).text();
    for (const text of [JSON.stringify(relation), JSON.stringify(history), exported]) {
      expect(text).toContain('ripess');
      expect(text).not.toMatch(/relFrom|relUntil/);
    }
  });
});
