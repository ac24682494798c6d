import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { parsePartialDate } from '../../src/model/dates.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf } from '../support/graphql-client.js';

// The stored membership window (memberFrom/memberUntil on MEMBER_OF) against the rule it copies,
// written out here as it stood before the window existed, so that a drift on either side shows.

const { app, db } = useCuratedApp();
let curator: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  curator = bearer(await tokenFor(db(), 'member-window-curator', 'curator'));
  admin = bearer(await tokenFor(db(), 'member-window-admin', 'admin'));
});

const ok = (query: string, headers: Record<string, string> = {}, variables?: Answer) =>
  answerOf(app(), query, { headers, variables });

/** The actors filter's year rule for member `a` of body `b` through `r`, in the year `year`. */
const OLD_RULE = `
  a:Actor AND b:Entity
  AND coalesce(
      r.sinceYear,
      r.attested[0],
      CASE WHEN coalesce(a.startYear, 0) > coalesce(b.startYear, 0) THEN a.startYear ELSE b.startYear END,
      year
    ) <= year
  AND coalesce(r.untilYear, year) >= year
  AND coalesce(a.startYear, year) <= year`;

/** Keys other tests of this file write, kept out of the ones picked from the graph. */
const USED = ['mes', 'ctc', 'ripess', 'alicescop', 'alicecoop'];

/** Every year `activeAt` accepts (1000–2999). */
const YEARS = 'range(1000, 2999)';

/** Ids of the MEMBER_OF relationships whose stored window disagrees with the rule in some year. */
async function windowMismatches(): Promise<string[]> {
  const rows = await db().read(`
    MATCH (a)-[r:MEMBER_OF]->(b)
    WITH a, r, b, [year IN ${YEARS} WHERE coalesce(r.memberFrom <= year AND r.memberUntil >= year, false)] AS stored,
         [year IN ${YEARS} WHERE ${OLD_RULE}] AS rule
    WHERE stored <> rule OR ((r.memberFrom IS NULL) <> (r.memberUntil IS NULL))
    RETURN a.key + '|MEMBER_OF|' + b.key AS id`);
  return rows.map((row) => String(row.id));
}

async function windowOf(id: string): Promise<{ from: unknown; until: unknown } | undefined> {
  const [from, to] = id.split('|MEMBER_OF|');
  const [row] = await db().read(
    'MATCH ({key: $from})-[r:MEMBER_OF]->({key: $to}) RETURN r.memberFrom AS from, r.memberUntil AS until',
    { from, to },
  );
  return row as { from: unknown; until: unknown } | undefined;
}

/** The actors filter's count as it was, with `extra` on the member `n` for other filters. */
const oldCount = (extra = 'true') => `
  MATCH (body:Entity {key: $memberOf})<-[r:MEMBER_OF]-(n:Actor)
  WITH r, n, n AS a, body AS b, $activeAt AS year
  WHERE (year IS NULL OR (${OLD_RULE})) AND ${extra}
  RETURN count(n) AS total`;

const COUNT = /* GraphQL */ `
  query MemberWindowCount($memberOf: String!, $activeAt: Int) {
    actors(first: 1, filter: { memberOf: $memberOf, activeAt: $activeAt }) { totalCount }
  }`;

async function bodies(): Promise<string[]> {
  const rows = await db().read(
    'MATCH (b:Entity) WHERE COUNT { (b)<-[:MEMBER_OF]-() } > 0 RETURN b.key AS key ORDER BY key',
  );
  return rows.map((row) => String(row.key));
}

describe('the stored membership window', () => {
  it('equals the rule for every MEMBER_OF of the curated graph after seed', async () => {
    expect(await windowMismatches()).toEqual([]);
    const [row] = await db().read(
      'MATCH ()-[r:MEMBER_OF]->() RETURN count(r) AS all, count(r.memberFrom) AS windows',
    );
    expect(Number(row?.windows)).toBeGreaterThan(30);
  });

  it('gives the counts the old rule gives, for every body and a range of years', async () => {
    const keys = await bodies();
    expect(keys.length).toBeGreaterThan(5);
    const years = [
      null,
      1990,
      1995,
      2000,
      2002,
      2005,
      2008,
      2010,
      2012,
      2014,
      2015,
      2018,
      2020,
      2025,
    ];
    for (const memberOf of keys) {
      for (const activeAt of years) {
        const [expected] = await db().read(oldCount(), { memberOf, activeAt });
        const answer = await ok(COUNT, {}, { memberOf, activeAt });
        expect(answer.actors.totalCount, `${memberOf} in ${activeAt}`).toBe(
          Number(expected?.total),
        );
      }
    }
  });

  it('leaves the other filters to the rule: memberOf with a kind counts as before', async () => {
    for (const activeAt of [null, 2005, 2015]) {
      const [expected] = await db().read(oldCount("'Network' IN labels(n)"), {
        memberOf: 'ripess-europe',
        activeAt,
      });
      const answer = await ok(
        'query($y: Int) { actors(first: 1, filter: { memberOf: "ripess-europe", activeAt: $y, kind: Network }) { totalCount } }',
        {},
        { y: activeAt },
      );
      expect(answer.actors.totalCount).toBe(Number(expected?.total));
    }
  });
});

describe('every write keeps the window', () => {
  it('follows a curated node whose founding year the loader changes', async () => {
    const [pick] = await db().read(
      `
      MATCH (a:Actor)-[r:MEMBER_OF]->(b:Entity)
      WHERE r.sinceYear IS NULL AND r.attested IS NULL AND NOT a.key IN $used
      RETURN a.key AS member, b.key AS body ORDER BY member LIMIT 1`,
      { used: USED },
    );
    const { member, body } = pick as { member: string; body: string };
    const dataset = readDataset();
    const node = dataset.nodes.find((n) => n.key === member);
    if (!node) throw new Error(`no ${member} in data/`);
    const date = parsePartialDate('2030');
    node.founded = {
      sources: [],
      disputed: false,
      alternatives: [],
      stages: [],
      ...node.founded,
      date,
    };
    await loadDataset(db(), dataset);
    expect((await windowOf(`${member}|MEMBER_OF|${body}`))?.from).toBe(2030);
    expect(await windowMismatches()).toEqual([]);
  });

  it('follows a relation added, updated and retracted through the write API', async () => {
    await ok(
      'mutation { addRelation(input: { from: "mes", type: MEMBER_OF, to: "ripess", since: "2004", sources: ["S1"] }) { version } }',
      curator,
    );
    expect(await windowOf('mes|MEMBER_OF|ripess')).toEqual({ from: 2004, until: 9999 });
    await ok(
      'mutation { updateRelation(id: "mes|MEMBER_OF|ripess", expectedVersion: 1, patch: { since: "2006", until: "2013" }) { version } }',
      curator,
    );
    expect(await windowOf('mes|MEMBER_OF|ripess')).toEqual({ from: 2006, until: 2013 });
    expect(await windowMismatches()).toEqual([]);
    await ok(
      'mutation { retractRelation(id: "mes|MEMBER_OF|ripess", expectedVersion: 2, reason: "window test") { id } }',
      curator,
    );
    expect(await windowOf('mes|MEMBER_OF|ripess')).toBeUndefined();
  });

  it('follows a change of a member’s or a body’s founding year, and a retirement', async () => {
    // A membership without dates of its own: its window comes from the founding years.
    const [pick] = await db().read(
      `
      MATCH (a:Actor)-[r:MEMBER_OF]->(b:Actor)
      WHERE r.sinceYear IS NULL AND r.attested IS NULL AND r.untilYear IS NULL
        AND NOT a.key IN $used AND NOT b.key IN $used
      RETURN a.key AS member, b.key AS body ORDER BY member, body LIMIT 1`,
      { used: USED },
    );
    expect(pick).toBeDefined();
    const { member, body } = pick as { member: string; body: string };
    const id = `${member}|MEMBER_OF|${body}`;
    const found = (key: string, year: string, version: number) =>
      ok(
        'mutation($key: String!, $v: Int!, $year: String!) { updateEntity(key: $key, expectedVersion: $v, patch: { founded: { date: $year, sources: ["S1"] } }) { version } }',
        curator,
        { key, v: version, year },
      );
    const version = async (key: string) =>
      (await ok('query($key: String!) { entity(key: $key) { version } }', {}, { key })).entity
        .version as number;
    await found(member, '1890', await version(member));
    await found(body, '1880', await version(body));
    expect(await windowOf(id)).toEqual({ from: 1890, until: 9999 });
    await found(body, '1895', await version(body));
    expect(await windowOf(id)).toEqual({ from: 1895, until: 9999 });
    // A start before the member's own founding: the actors filter counts it from the founding.
    const { relation } = await ok(
      'query($id: String!) { relation(id: $id) { version } }',
      {},
      { id },
    );
    await ok(
      'mutation($id: String!, $v: Int!) { updateRelation(id: $id, expectedVersion: $v, patch: { since: "1850" }) { version } }',
      curator,
      { id, v: relation.version },
    );
    expect(await windowOf(id)).toEqual({ from: 1890, until: 9999 });
    expect(await windowMismatches()).toEqual([]);
    await ok(
      'mutation($key: String!, $v: Int!) { retireEntity(key: $key, expectedVersion: $v, reason: "window test") { version } }',
      curator,
      { key: member, v: await version(member) },
    );
    expect(await windowOf(id)).toEqual({ from: null, until: null });
    expect(await windowMismatches()).toEqual([]);
  });

  it('follows a merge: the moved relations get the kept actor’s window', async () => {
    await ok(
      'mutation { mergeEntities(keep: "alicescop", keepVersion: 1, merge: "alicecoop", mergeVersion: 1, reason: "window test") { movedRelations } }',
      admin,
    );
    const [moved] = await db().read(
      "MATCH (:Entity {key: 'alicescop'})-[r:MEMBER_OF]-() RETURN count(r.memberFrom) AS windows",
    );
    expect(Number(moved?.windows)).toBeGreaterThan(0);
    expect(await windowMismatches()).toEqual([]);
  });

  it('follows an imported profile’s accepted membership', async () => {
    await ok(
      'mutation { retractRelation(id: "mes|MEMBER_OF|ctc", expectedVersion: 1, reason: "window test") { id } }',
      curator,
    );
    const text = readFileSync(
      new URL('../fixtures/profiles/00-mes-socioeco.txt', import.meta.url),
      'utf8',
    );
    const imported = await ok(
      'mutation($text: String!) { importProfile(text: $text, sourceUrl: "http://www.socioeco.org/bdf_organisme-87_en.html", language: "en") { proposals { id identity } } }',
      curator,
      { text },
    );
    const proposal = imported.importProfile.proposals.find(
      (p: Answer) => p.identity === 'mes|MEMBER_OF|ctc',
    );
    await ok(
      'mutation($id: ID!) { reviewProposal(id: $id, decision: ACCEPT, edits: { since: "2019" }) { status } }',
      curator,
      { id: proposal.id },
    );
    expect(await windowOf('mes|MEMBER_OF|ctc')).toEqual({ from: 2019, until: 9999 });
    expect(await windowMismatches()).toEqual([]);
  });

  it('never shows in answers, history or exports', async () => {
    const relation = await ok(
      '{ relation(id: "mes|MEMBER_OF|ctc") { id since { value } } actor(key: "mes") { memberships { edges { since { value } } } } }',
    );
    const history = await ok(
      '{ history(key: "mes|MEMBER_OF|ctc") { edges { node { before after } } } }',
    );
    const exported = await (await app().fetch('http://test/export/graph.json?keys=mes')).text();
    for (const text of [JSON.stringify(relation), JSON.stringify(history), exported]) {
      expect(text).toContain('ctc');
      expect(text).not.toMatch(/memberFrom|memberUntil/);
    }
  });
});

describe('the one-time backfill', () => {
  it('fills the window of a graph written without it', async () => {
    await db().write('MATCH ()-[r:MEMBER_OF]->() REMOVE r.memberFrom, r.memberUntil');
    await db().write("MATCH (m:SchemaMigration {id: 'member-window'}) DELETE m");
    const [before] = await db().read('MATCH ()-[r:MEMBER_OF]->() RETURN count(r.memberFrom) AS n');
    expect(Number(before?.n)).toBe(0);
    await applySchema(db());
    const [after] = await db().read('MATCH ()-[r:MEMBER_OF]->() RETURN count(r.memberFrom) AS n');
    expect(Number(after?.n)).toBeGreaterThan(30);
    expect(await windowMismatches()).toEqual([]);
    const [marker] = await db().read(
      "MATCH (m:SchemaMigration {id: 'member-window'}) RETURN count(m) AS n",
    );
    expect(Number(marker?.n)).toBe(1);
  });
});
