import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { CURATED_COUNTS, MES_FOUNDING_MEMBERS } from '../support/facts.js';

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
    expect(props).toMatchObject({ founding: true, since: '2011-09' });
    expect(props.role).toMatch(/coordination committee/);
    expect(props.sources).toEqual(expect.arrayContaining(['S2', 'S5', 'S39c']));
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
       WHERE r.founding = true AND r.since = '2002'
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
    expect(counts?.nodes).toBe(CURATED_COUNTS.nodes);
    expect(counts?.relations).toBe(CURATED_COUNTS.relations);
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

    const asec = await relation('asec', 'MEMBER_OF', 'ripess');
    expect(asec).toMatchObject({ founding: true, disputed: true });
    expect(asec.sources).toEqual(expect.arrayContaining(['S35', 'S42', 'S37']));

    const disputedFoundings = await db.read(
      `MATCH (n:Entity) WHERE n.foundedDisputed = true
       RETURN n.key AS key, n.foundedDate AS date, n.foundedAlternatives AS alternatives ORDER BY key`,
    );
    const byKey = Object.fromEntries(disputedFoundings.map((row) => [row.key, row]));
    expect(Object.keys(byKey)).toEqual(
      expect.arrayContaining(['ess-france', 'ripess-europe', 'gesq', 'rtes', 'urgenci']),
    );
    expect(byKey['ess-france']).toMatchObject({ date: '2014-10-24' });
    expect(JSON.parse(String(byKey['ess-france']?.alternatives))).toEqual([
      { date: '2014-10-27', sources: ['S8'] },
    ]);
    expect(JSON.parse(String(byKey.gesq?.alternatives))[0].date).toBe('2000-01');
    expect(byKey.rtes?.date).toBe('2001');
    expect(JSON.parse(String(byKey.urgenci?.alternatives))).toEqual([
      { date: '2006', sources: ['S88'] },
    ]);
  });
});

describe('the founding-member rule', () => {
  it('has no pair with both a founding MEMBER_OF and a FOUNDED, and FOUNDED only without membership', async () => {
    const rows = await db.read(
      `MATCH (a:Entity)-[f:FOUNDED]->(b:Entity)
       OPTIONAL MATCH (a)-[m:MEMBER_OF]->(b)
       RETURN a.key AS from, b.key AS to, m IS NOT NULL AS alsoMember ORDER BY from`,
    );
    expect(rows.filter((row) => row.alsoMember)).toEqual([]);
    expect(rows).toHaveLength(
      readDataset().relations.filter((relation) => relation.type === 'FOUNDED').length,
    );
    for (const from of ['gesq', 'gresp', 'gsess', 'mes']) {
      expect(rows).toContainEqual({ from, to: 'ripess', alsoMember: false });
    }
    const [counts] = await db.read(
      `MATCH ()-[r:MEMBER_OF {founding: true}]->() RETURN count(r) AS founding`,
    );
    expect(counts?.founding).toBe(CURATED_COUNTS.foundingMemberships);
  });

  it('has the first signatories of the CTC, MIRAMAP and Énergie Partagée included, as founding members', async () => {
    const rows = await db.read(
      `MATCH (m:Actor)-[r:MEMBER_OF {founding: true}]->(:Entity {key: 'ctc'})
       RETURN m.key AS key, r.since AS since ORDER BY key`,
    );
    // The first signatories (S32), then those the who's-who's pages name among the founders.
    expect(rows.map((row) => row.key)).toEqual([
      'attac',
      'bio-consomacteurs',
      'biocoop',
      'colibris',
      'enercoop',
      'energie-partagee',
      'la-nef',
      'miramap',
      'reseau-cocagne',
      'terre-de-liens',
      'villes-en-transition',
    ]);
    expect(new Set(rows.map((row) => row.since))).toEqual(new Set(['2013-05']));
  });
});

describe('the corrections of the source audit of 2026-11-27', () => {
  it('keeps both places of Lux’09, with both sources', async () => {
    const [lux] = await db.read(
      "MATCH (n:Entity {key: 'lux09'}) RETURN n.disputed AS disputed, n.note AS note, n.sources AS sources",
    );
    expect(lux).toMatchObject({ disputed: true, sources: ['S39', 'S37'] });
    expect(lux?.note).toMatch(/Schifflange/);
    expect(lux?.note).toMatch(/Esch-sur-Alzette/);
  });

  it('drops the dates no source gives and sources REAS in RIPESS Europe better', async () => {
    for (const to of ['loi-ess-2014', 'guide-bonnes-pratiques']) {
      const props = await relation('mes', 'CONTRIBUTED_TO', to);
      expect(props.since, to).toBeUndefined();
      expect(props.until, to).toBeUndefined();
    }
    expect((await relation('reas', 'MEMBER_OF', 'ripess-europe')).sources).toContain('S89');
  });

  it('gives full names and spelling variants, and no alias naming other bodies', async () => {
    const rows = await db.read(
      `MATCH (n:Entity) WHERE n.key IN ['crida', 'mes-occitanie', 'ardes', 'apeas', 'cresol', 'adel', 'route-des-sel', 'cnlrq']
       RETURN n.key AS key, n.name AS name, coalesce(n.aliases, []) AS aliases`,
    );
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    expect(byKey.crida?.name).toMatch(/^Centre de Recherche et d'Information/);
    expect(byKey['mes-occitanie']?.aliases).toContain(
      "Agence pour le Développement et la Promotion de l'Économie Solidaire",
    );
    expect(byKey.ardes?.name).toMatch(/^Association Régionale pour le Développement/);
    expect(byKey.apeas?.name).toMatch(/^Agence Provençale/);
    expect(byKey.cresol?.name).toBe('Centre Réseau Économie Solidaire');
    expect(byKey.cresol?.aliases).toContain('CRE-SOL');
    expect(byKey.adel?.aliases).toContain('Association pour le développement économique local');
    expect(byKey['route-des-sel']?.aliases).toContain('Route des SELs');
    expect(byKey.cnlrq?.aliases).not.toContain('Régies de Quartier');
  });

  it('has the 2015 board members and 2021 resource structures the sources name', async () => {
    const rows = await db.read(
      `MATCH (m:Actor)-[r:MEMBER_OF]->(:Entity {key: 'mes'})
       WHERE m.key IN ['alicecoop', 'cesif', 'novetat', 'alicescop', 'babalex', 'opale']
       RETURN m.key AS key, r.attested AS attested ORDER BY key`,
    );
    expect(rows).toEqual([
      { key: 'alicecoop', attested: [2015] },
      { key: 'alicescop', attested: [2021] },
      { key: 'babalex', attested: [2021] },
      { key: 'cesif', attested: [2015] },
      { key: 'novetat', attested: [2015] },
      { key: 'opale', attested: [2021] },
    ]);
  });
});
