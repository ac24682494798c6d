import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { MES_FOUNDING_MEMBERS } from '../support/facts.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(() => db.close());

async function relation(from: string, type: string, to: string) {
  const rows = await db.read(
    `MATCH (a:Entity {key: $from})-[r]->(b:Entity {key: $to}) WHERE type(r) = $type
     RETURN properties(r) AS props`,
    { from, type, to },
  );
  expect(rows, `${from} ${type} ${to}`).toHaveLength(1);
  return rows[0]?.props as Record<string, unknown>;
}

describe('the curated graph around MES', () => {
  it('has MES as a board member of ESS France since January 2015', async () => {
    const props = await relation('mes', 'MEMBER_OF', 'ess-france');
    expect(props).toMatchObject({ since: '2015-01', sinceYear: 2015, sincePrecision: 'month' });
    expect(props.role).toMatch(/board/);
    expect(props.sources).toEqual(expect.arrayContaining(['S1', 'S8']));
  });

  it('has MES as a member of the Collectif pour une Transition Citoyenne', async () => {
    await relation('mes', 'MEMBER_OF', 'ctc');
    const [ctc] = await db.read("MATCH (c:Entity {key: 'ctc'}) RETURN c.name AS name");
    expect(ctc?.name).toBe('Collectif pour une Transition Citoyenne');
  });

  it('has MES as a founding member of RIPESS Europe, on its coordination committee', async () => {
    const props = await relation('mes', 'MEMBER_OF', 'ripess-europe');
    expect(props.role).toMatch(/founding member/);
    expect(props.role).toMatch(/coordination committee/);
  });

  it('has MES emerging in 2002 from the Inter-Réseaux de l’Économie Solidaire, formed in 1997', async () => {
    expect(await relation('mes', 'EMERGED_FROM', 'ires')).toMatchObject({ since: '2002' });
    const [ires] = await db.read(
      "MATCH (n:Entity {key: 'ires'}) RETURN n.name AS name, n.foundedYear AS year",
    );
    expect(ires).toEqual({ name: "Inter-Réseaux de l'Économie Solidaire", year: 1997 });
  });

  it('has MES taking part in the Conseil supérieur de l’ESS', async () => {
    await relation('mes', 'PARTICIPATES_IN', 'csess');
  });

  it('has the nine founding members of MES', async () => {
    const rows = await db.read(
      `MATCH (m:Actor)-[r:MEMBER_OF]->(:Entity {key: 'mes'})
       WHERE r.role CONTAINS 'founding member' AND r.since = '2002'
       RETURN m.key AS key ORDER BY key`,
    );
    expect(rows.map((row) => row.key)).toEqual(MES_FOUNDING_MEMBERS);
  });

  it('has the continental networks as members of RIPESS', async () => {
    const rows = await db.read(
      `MATCH (m:Actor)-[:MEMBER_OF]->(:Entity {key: 'ripess'}) RETURN collect(m.key) AS keys`,
    );
    expect(rows[0]?.keys).toEqual(
      expect.arrayContaining(['ripess-europe', 'ripess-lac', 'raess', 'asec', 'ripess-na']),
    );
  });

  it('keeps MES’s resource counts from its socioeco.org profile', async () => {
    const [mes] = await db.read("MATCH (n:Entity {key: 'mes'}) RETURN n.resourceCounts AS counts");
    expect(JSON.parse(String(mes?.counts))).toEqual({
      publications: 1,
      videos: 3,
      pedagogicalTools: 18,
      proposals: 2,
      analyses: 4,
      publicContributions: 1,
      articles: 14,
    });
  });
});

describe('provenance', () => {
  it('gives every relationship and every non-source node at least one existing source', async () => {
    const [counts] = await db.read(
      `CALL () { MATCH (n:Entity) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relations }
       CALL () { MATCH (n:Entity) WHERE size(coalesce(n.sources, [])) = 0 RETURN count(n) AS unsourcedNodes }
       CALL () { MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r) AS unsourcedRelations }
       CALL () {
         MATCH (n:Entity) UNWIND n.sources AS key
         OPTIONAL MATCH (s:Source {key: key}) WITH s WHERE s IS NULL RETURN count(*) AS danglingNodeSources
       }
       CALL () {
         MATCH ()-[r]->() UNWIND r.sources AS key
         OPTIONAL MATCH (s:Source {key: key}) WITH s WHERE s IS NULL RETURN count(*) AS danglingRelationSources
       }
       RETURN nodes, relations, unsourcedNodes, unsourcedRelations, danglingNodeSources, danglingRelationSources`,
    );
    expect(counts).toMatchObject({
      unsourcedNodes: 0,
      unsourcedRelations: 0,
      danglingNodeSources: 0,
      danglingRelationSources: 0,
    });
    expect(counts?.nodes).toBeGreaterThanOrEqual(70);
    expect(counts?.relations).toBeGreaterThanOrEqual(80);
  });

  it('flags the disputed facts of the facts file, keeping both claims and a note', async () => {
    const vess = await relation('mes', 'INITIATED', 'vess-2003');
    expect(vess).toMatchObject({ disputed: true, since: '2003-11' });
    expect(vess.sources).toEqual(expect.arrayContaining(['S1', 'S7', 'S13']));
    expect(vess.note).toMatch(/2004/);

    expect(await relation('mes', 'INITIATED', 'sse-general-assembly-2012')).toMatchObject({
      disputed: true,
    });
    const [assembly] = await db.read(
      "MATCH (n:Entity {key: 'sse-general-assembly-2012'}) RETURN n.disputed AS disputed",
    );
    expect(assembly?.disputed).toBe(true);

    const founder = await relation('mes', 'FOUNDED', 'ripess');
    expect(founder).toMatchObject({ disputed: true });
    expect(founder.sources).toEqual(expect.arrayContaining(['S2', 'S3']));

    const disputedFoundings = await db.read(
      `MATCH (n:Entity) WHERE n.foundedDisputed = true
       RETURN n.key AS key, n.foundedDate AS date, n.foundedAlternatives AS alternatives ORDER BY key`,
    );
    const byKey = Object.fromEntries(disputedFoundings.map((row) => [row.key, row]));
    expect(Object.keys(byKey)).toEqual(
      expect.arrayContaining(['ess-france', 'ripess-europe', 'gesq', 'rtes']),
    );
    expect(byKey['ess-france']).toMatchObject({ date: '2014-10-24' });
    expect(JSON.parse(String(byKey['ess-france']?.alternatives))).toEqual([
      { date: '2014-10-27', sources: ['S8'] },
    ]);
    expect(JSON.parse(String(byKey.gesq?.alternatives))[0].date).toBe('2000-01');
    expect(byKey.rtes?.date).toBe('2001');
  });
});
