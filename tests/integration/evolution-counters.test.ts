import { describe, expect, it } from 'vitest';
import { applySchema } from '../../src/model/apply-schema.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

// evolutionPage's totalCount comes from counters the writers keep per (type, change, year): here
// against the relationships counted directly, after every kind of write that moves a count.

const { app, db } = useCuratedApp();

/** The listing's rule counted directly: live ends, stored end keys, a start or end in the period. */
async function counted(from: number, to: number): Promise<number> {
  const [row] = await db().read(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.fromKey IS NOT NULL AND r.toKey IS NOT NULL
     RETURN sum(CASE WHEN r.sinceYear >= $from AND r.sinceYear <= $to THEN 1 ELSE 0 END)
          + sum(CASE WHEN r.untilYear >= $from AND r.untilYear <= $to THEN 1 ELSE 0 END) AS total`,
    { from, to },
  );
  return Number(row?.total ?? 0);
}

const PERIODS: [number, number][] = [
  [1000, 2999],
  [1990, 2025],
  [2002, 2002],
  [2004, 2012],
  [2012, 2012],
  [2024, 2024],
];

async function expectCountersRight(when: string): Promise<void> {
  for (const [from, to] of PERIODS) {
    const result = await executeText(
      app(),
      `{ evolutionPage(from: ${from}, to: ${to}, first: 1) { totalCount } }`,
      { headers: { 'x-graph-stats': '1' } },
    );
    expect(result.errors, when).toBeUndefined();
    const page = result.data?.evolutionPage as Answer;
    expect(page.totalCount, `${when}: ${from}-${to}`).toBe(await counted(from, to));
  }
}

async function versionOf(key: string): Promise<number> {
  const answer = await answerOf(app(), `{ entity(key: "${key}") { version } }`);
  return answer.entity.version;
}

async function relationVersion(id: string): Promise<number> {
  const answer = await answerOf(app(), `{ relation(id: "${id}") { version } }`);
  return answer.relation.version;
}

describe('evolution counters', () => {
  it('equal the relationships counted directly after the seed, and after the migration rebuilds them', async () => {
    expect(await counted(1000, 2999)).toBeGreaterThan(20);
    await expectCountersRight('after seed');
    await db().write('MATCH (c:EvolutionCount) DELETE c');
    await db().write("MATCH (m:SchemaMigration {id: 'evolution-counts'}) DELETE m");
    await applySchema(db());
    await expectCountersRight('after the migration');
  });

  it('follow every write that moves a count: add, change years, retract, retire, merge', async () => {
    const curator = bearer(await tokenFor(db(), 'evolution-admin', 'admin'));
    const ok = (query: string) => answerOf(app(), query, { headers: curator });
    await ok(
      'mutation { addRelation(input: { from: "mes", type: PARTNER_OF, to: "ripess", since: "2004", until: "2012", sources: ["S1"] }) { version } }',
    );
    await expectCountersRight('after addRelation');
    const id = 'mes|PARTNER_OF|ripess';
    await ok(
      `mutation { updateRelation(id: "${id}", expectedVersion: ${await relationVersion(id)}, patch: { since: "2002", until: "2024" }) { version } }`,
    );
    await expectCountersRight('after updateRelation moved both years');
    await ok(
      `mutation { retractRelation(id: "${id}", expectedVersion: ${await relationVersion(id)}, reason: "test") { id } }`,
    );
    await expectCountersRight('after retractRelation');

    for (const key of ['counter-a', 'counter-b', 'counter-c'])
      await ok(
        `mutation { createEntity(input: { key: "${key}", kind: Network, name: "${key}", sources: ["S1"] }) { version } }`,
      );
    await ok(
      'mutation { addRelation(input: { from: "counter-a", type: MEMBER_OF, to: "mes", since: "2012", sources: ["S1"] }) { version } }',
    );
    await ok(
      'mutation { addRelation(input: { from: "counter-b", type: MEMBER_OF, to: "mes", since: "2012", until: "2024", sources: ["S1"] }) { version } }',
    );
    await ok(
      'mutation { addRelation(input: { from: "counter-a", type: PARTNER_OF, to: "counter-b", since: "2004", sources: ["S1"] }) { version } }',
    );
    await ok(
      'mutation { addRelation(input: { from: "counter-c", type: FUNDS, to: "counter-a", since: "2002", until: "2012", sources: ["S1"] }) { version } }',
    );
    await expectCountersRight('after four dated relations');
    // Merging b into a drops the relationship between them and folds b's membership into a's.
    await ok(
      `mutation { mergeEntities(keep: "counter-a", keepVersion: ${await versionOf('counter-a')}, merge: "counter-b", mergeVersion: ${await versionOf('counter-b')}, reason: "test") { movedRelations } }`,
    );
    await expectCountersRight('after mergeEntities');
    // A retired node's relationships leave the listing.
    await ok(
      `mutation { retireEntity(key: "counter-a", expectedVersion: ${await versionOf('counter-a')}, reason: "test") { version } }`,
    );
    await expectCountersRight('after retireEntity');
  }, 120_000);

  it('lose no write when writers run side by side on one bucket', async () => {
    const curator = bearer(await tokenFor(db(), 'evolution-racer', 'curator'));
    const keys = Array.from({ length: 8 }, (_, index) => `racer-${index}`);
    for (const key of keys)
      await answerOf(
        app(),
        `mutation { createEntity(input: { key: "${key}", kind: Network, name: "${key}", sources: ["S1"] }) { version } }`,
        { headers: curator },
      );
    const before = await counted(2012, 2012);
    await Promise.all(
      keys.map((key) =>
        answerOf(
          app(),
          `mutation { addRelation(input: { from: "${key}", type: MEMBER_OF, to: "ripess", since: "2012", sources: ["S1"] }) { version } }`,
          { headers: curator },
        ),
      ),
    );
    expect(await counted(2012, 2012)).toBe(before + keys.length);
    await expectCountersRight('after eight writes side by side');
  }, 120_000);
});
