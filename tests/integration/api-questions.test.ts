import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS } from '../../src/examples.js';
import type { MembersQuery, MembersQueryVariables } from '../generated/graphql.js';
import { useCuratedApp } from '../support/curated-app.js';
import { CURATED_COUNTS, MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';
import { execute, executeText } from '../support/graphql-client.js';
import {
  Members,
  Memberships,
  Neighbors,
  Relations,
  SharedAffiliationDetails,
  SharedAffiliations,
  ShortestPath,
  Stats,
  Subgraph,
  Timeline,
} from '../support/operations.js';

const { app } = useCuratedApp();

const RELATIONS_PAGE = `query ($first: Int, $after: String) {
  actor(key: "mes") {
    relations(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { relation { id } }
    }
  }
}`;

interface RelationsPage {
  actor: {
    relations: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { relation: { id: string } }[];
    };
  };
}

describe('the research questions of the GraphiQL examples', () => {
  it('connects MES to RIPESS Intercontinental through its participation since 2002', async () => {
    const { data, errors } = await execute(app(), ShortestPath, { from: 'mes', to: 'ripess' });
    expect(errors).toBeUndefined();
    expect(data?.shortestPath?.length).toBe(1);
    expect(data?.shortestPath?.nodes.map((n) => n.key)).toEqual(['mes', 'ripess']);
    const [step] = data?.shortestPath?.steps ?? [];
    expect(step).toMatchObject({
      type: 'PARTICIPATES_IN',
      direction: 'FORWARD',
      from: { key: 'mes' },
      to: { key: 'ripess' },
    });
    expect(step?.relation).toMatchObject({
      since: { value: '2002' },
      disputed: false,
      sources: [{ key: 'S1' }],
    });
  });

  it('finds a longer path when only memberships may be followed, with step directions', async () => {
    const { data } = await execute(app(), ShortestPath, {
      from: 'ufisc',
      to: 'ripess',
      relationTypes: ['MEMBER_OF'],
    });
    expect(data?.shortestPath?.nodes.map((n) => n.key)).toEqual([
      'ufisc',
      'mes',
      'ripess-europe',
      'ripess',
    ]);
    expect(
      data?.shortestPath?.steps.every((s) => s.type === 'MEMBER_OF' && s.direction === 'FORWARD'),
    ).toBe(true);
  });

  it('walks a path from its `from` end whichever end has more relationships', async () => {
    // MES has far more relationships than UFISC: the search starts from UFISC either way.
    const there = await execute(app(), ShortestPath, { from: 'mes', to: 'ufisc' });
    const back = await execute(app(), ShortestPath, { from: 'ufisc', to: 'mes' });
    expect(there.errors ?? back.errors).toBeUndefined();
    const path = there.data?.shortestPath;
    const reversed = back.data?.shortestPath;
    expect(path?.length).toBeGreaterThan(0);
    expect(path?.nodes[0]?.key).toBe('mes');
    expect(path?.steps[0]?.from.key).toBe('mes');
    expect(path?.steps.at(-1)?.to.key).toBe('ufisc');
    expect(reversed?.nodes.map((node) => node.key)).toEqual(
      path?.nodes.map((node) => node.key).reverse(),
    );
    const flipped = { FORWARD: 'BACKWARD', BACKWARD: 'FORWARD' } as const;
    expect(reversed?.steps.map((step) => [step.type, step.direction])).toEqual(
      path?.steps.map((step) => [step.type, flipped[step.direction]]).reverse(),
    );
  });

  it('returns null when no path exists within maxHops, and a zero-length path from a node to itself', async () => {
    const far = await execute(app(), ShortestPath, {
      from: 'ufisc',
      to: 'ripess',
      maxHops: 2,
      relationTypes: ['MEMBER_OF'],
    });
    expect(far.errors).toBeUndefined();
    expect(far.data?.shortestPath).toBeNull();
    const self = await execute(app(), ShortestPath, { from: 'mes', to: 'mes' });
    expect(self.data?.shortestPath).toMatchObject({
      length: 0,
      nodes: [{ key: 'mes' }],
      steps: [],
    });
  });

  it('finds the Collectif pour une Transition Citoyenne as what MES and Le Labo de l’ESS share', async () => {
    const { data, errors } = await execute(app(), SharedAffiliations, {
      keys: ['mes', 'labo-ess'],
    });
    expect(errors).toBeUndefined();
    expect(data?.sharedAffiliations.map((a) => a.key)).toEqual(['ctc']);
  });

  it('gives the evidence behind a shared affiliation, and since when all its links hold', async () => {
    const { data, errors } = await execute(app(), SharedAffiliationDetails, {
      keys: ['mes', 'labo-ess'],
    });
    expect(errors).toBeUndefined();
    const [ctc] = data?.sharedAffiliationDetails ?? [];
    expect(ctc?.body.key).toBe('ctc');
    expect(ctc?.disputed).toBe(false);
    expect(ctc?.sharedSince).toBeNull();
    expect(ctc?.relations.map((r) => `${r.fromKey} ${r.type} ${r.toKey}`).sort()).toEqual([
      'labo-ess MEMBER_OF ctc',
      'mes MEMBER_OF ctc',
    ]);
    const dated = await execute(app(), SharedAffiliationDetails, { keys: ['apes', 'ardes'] });
    const mes = dated.data?.sharedAffiliationDetails.find((s) => s.body.key === 'mes');
    expect(mes?.sharedSince).toBe(2002);
  });

  it('refuses the same key twice as fewer than two actors', async () => {
    const result = await execute(app(), SharedAffiliations, { keys: ['mes', 'mes'] });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'sharedAffiliations.keys',
    });
  });

  it('lists RIPESS Europe as MES’s only membership in 2012, and ESS France from 2015', async () => {
    const in2012 = await execute(app(), Memberships, { key: 'mes', activeAt: 2012 });
    expect(in2012.data?.actor?.memberships.edges.map((e) => e.node.key)).toEqual(['ripess-europe']);
    const in2016 = await execute(app(), Memberships, { key: 'mes', activeAt: 2016 });
    expect(in2016.data?.actor?.memberships.edges.map((e) => e.node.key).sort()).toEqual([
      'ctc',
      'ess-france',
      'ripess-europe',
    ]);
    const all = await execute(app(), Memberships, { key: 'mes' });
    const essFrance = all.data?.actor?.memberships.edges.find((e) => e.node.key === 'ess-france');
    expect(essFrance).toMatchObject({
      type: 'MEMBER_OF',
      direction: 'OUTGOING',
      since: { value: '2015-01', year: 2015, precision: 'MONTH' },
      role: 'board seat',
      disputed: false,
    });
    expect(essFrance?.sources.map((s) => s.key)).toEqual(['S1', 'S8', 'mesn.111']);
  });

  it('draws the neighbourhood of MES two steps out, edges naming node ids', async () => {
    const { data, errors } = await execute(app(), Subgraph, { keys: ['mes'], depth: 2 });
    expect(errors).toBeUndefined();
    const graph = data?.subgraph;
    expect(graph?.truncated).toBe(false);
    const byKey = new Map(graph?.nodes.map((n) => [n.key, n]));
    expect(byKey.get('mes')).toMatchObject({ distance: 0, label: 'MES', kind: 'Movement' });
    expect(byKey.get('ess-france')?.distance).toBe(1);
    expect(byKey.get('coop-fr')?.distance).toBe(2);
    expect(byKey.get('chantier')?.distance).toBe(2);
    // A law of another country is three steps or more from MES.
    expect(byKey.has('law-mx-2012')).toBe(false);
    const ids = new Set(graph?.nodes.map((n) => n.id));
    // The figures the README gives for this example.
    expect(graph?.nodes).toHaveLength(MES_SUBGRAPH_DEPTH_2.nodes);
    expect(graph?.edges).toHaveLength(MES_SUBGRAPH_DEPTH_2.edges);
    for (const edge of graph?.edges ?? []) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    expect(graph?.edges).toContainEqual(
      expect.objectContaining({
        sourceKey: 'mes',
        targetKey: 'ess-france',
        type: 'MEMBER_OF',
        since: '2015-01',
      }),
    );
  });

  it('says when limit cut the subgraph', async () => {
    const { data } = await execute(app(), Subgraph, { keys: ['mes'], depth: 2, limit: 5 });
    expect(data?.subgraph.truncated).toBe(true);
    expect(data?.subgraph.nodes).toHaveLength(5);
    expect(data?.subgraph.nodes[0]?.key).toBe('mes');
  });

  it('answers every example operation GraphiQL opens with, without errors', async () => {
    const names = [...EXAMPLE_OPERATIONS.matchAll(/^query (\w+)/gm)].map((m) => m[1] as string);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const operationName of names) {
      const result = await executeText(app(), EXAMPLE_OPERATIONS, { operationName });
      expect(result.errors, operationName).toBeUndefined();
      expect(result.data, operationName).toBeTruthy();
    }
  });
});

describe('relationship fields', () => {
  it('shows disputed facts as disputed, with the note and every source', async () => {
    const { data } = await execute(app(), Relations, {
      key: 'mes',
      types: ['INITIATED'],
      direction: 'OUTGOING',
    });
    const vess = data?.actor?.relations.edges.find((e) => e.node.key === 'vess-2003');
    expect(vess).toMatchObject({
      disputed: true,
      since: { value: '2003-11' },
      node: { kind: 'Event' },
    });
    expect(vess?.note).toMatch(/2004/);
    expect(vess?.sources.map((s) => s.key).sort()).toEqual(['S1', 'S13', 'S7']);
    expect(vess?.relation).toEqual({
      id: 'mes|INITIATED|vess-2003',
      fromKey: 'mes',
      toKey: 'vess-2003',
    });
  });

  it('pages members forward with cursors, without gaps or repeats', async () => {
    const all = await execute(app(), Members, { key: 'mes', first: 100 });
    const total = all.data?.actor?.members.totalCount ?? 0;
    expect(total).toBeGreaterThan(15);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 10; page += 1) {
      const result: Awaited<ReturnType<typeof execute<MembersQuery, MembersQueryVariables>>> =
        await execute(app(), Members, { key: 'mes', first: 7, after });
      const members = result.data?.actor?.members;
      expect(members?.totalCount).toBe(total);
      seen.push(...(members?.edges.map((e) => e.node.key) ?? []));
      if (!members?.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data?.actor?.members.edges.map((e) => e.node.key));
    expect(seen).toHaveLength(total);
  });

  it('pages relationships of every type with cursors, without gaps or repeats', async () => {
    const page = async (first: number, after: string | null) =>
      (await executeText(app(), RELATIONS_PAGE, { variables: { first, after } }))
        .data as unknown as RelationsPage;
    const all = await page(100, null);
    const ids = (p: RelationsPage) => p.actor.relations.edges.map((e) => e.relation.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let step = 0; step < 20; step += 1) {
      const current = await page(6, after);
      seen.push(...ids(current));
      if (!current.actor.relations.pageInfo.hasNextPage) break;
      after = current.actor.relations.pageInfo.endCursor;
    }
    expect(all.actor.relations.totalCount).toBeGreaterThan(20);
    expect(seen).toEqual(ids(all));
  });

  it('pages relationships of every type in a year', async () => {
    const keysAt = async (year: number) => {
      const result = await executeText(
        app(),
        `{ actor(key: "mes") { relations(first: 100, activeAt: ${year}) { edges { node { key } } } } }`,
      );
      const data = result.data as unknown as {
        actor: { relations: { edges: { node: { key: string } }[] } };
      };
      return data.actor.relations.edges.map((e) => e.node.key);
    };
    // MES joined ESS France in 2015.
    expect(await keysAt(2012)).not.toContain('ess-france');
    expect(await keysAt(2016)).toContain('ess-france');
  });

  it('counts the relationships of a year as its pages list them', async () => {
    for (const year of [2006, 2016]) {
      const result = await executeText(
        app(),
        `{ actor(key: "mes") { relations(first: 100, activeAt: ${year}) { totalCount edges { type } } members(first: 100, activeAt: ${year}) { totalCount edges { role } } } }`,
      );
      const data = result.data as unknown as {
        actor: Record<'relations' | 'members', { totalCount: number; edges: unknown[] }>;
      };
      expect(data.actor.relations.totalCount).toBe(data.actor.relations.edges.length);
      expect(data.actor.members.totalCount).toBe(data.actor.members.edges.length);
    }
  });

  it('refuses a cursor of another field or of no field', async () => {
    const members = await execute(app(), Members, { key: 'mes', first: 1 });
    const cursor = members.data?.actor?.members.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    for (const after of [cursor, 'YXJyYXljb25uZWN0aW9uOjM']) {
      const result = await executeText(
        app(),
        'query ($after: String) { actor(key: "mes") { participations(after: $after) { edges { node { key } } } } }',
        { variables: { after } },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/participations\.after.*not a cursor/);
    }
  });

  it('counts a relationship without a start date from the first year a source lists it', async () => {
    const keysAt = async (activeAt: number) =>
      (
        await execute(app(), Members, { key: 'mes', activeAt, first: 100 })
      ).data?.actor?.members.edges.map((e) => e.node.key) ?? [];
    // Peuples Solidaires is first listed in 2007; MIRAMAP in 2015 (board) and 2021.
    expect(await keysAt(2006)).not.toContain('peuples-solidaires');
    expect(await keysAt(2007)).toContain('peuples-solidaires');
    expect(await keysAt(2014)).not.toContain('miramap');
    expect(await keysAt(2015)).toContain('miramap');
  });

  it('lists members with incoming direction', async () => {
    const { data } = await execute(app(), Relations, {
      key: 'mes',
      types: ['MEMBER_OF'],
      direction: 'INCOMING',
    });
    const edges = data?.actor?.relations.edges ?? [];
    expect(edges.length).toBe(data?.actor?.relations.totalCount);
    expect(edges.every((e) => e.direction === 'INCOMING')).toBe(true);
    expect(edges.map((e) => e.node.key)).toEqual(
      expect.arrayContaining(['ufisc', 'cnlrq', 'cresol']),
    );
  });

  it('gives MES’s timeline in date order, from its founding to its latest memberships', async () => {
    const { data } = await execute(app(), Timeline, { key: 'mes' });
    const timeline = data?.actor?.timeline ?? [];
    const years = timeline.map((entry) => entry.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'FOUNDED', date: { value: '2002-03' } }),
    );
    expect(timeline).toContainEqual(
      expect.objectContaining({
        kind: 'RELATION_STARTED',
        year: 2015,
        other: { key: 'ess-france' },
      }),
    );
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: 'RELATION_ATTESTED', year: 2021, other: { key: 'cresol' } }),
    );
  });

  it('lists neighbours by distance', async () => {
    const { data } = await execute(app(), Neighbors, { key: 'ires', depth: 2 });
    const neighbors = data?.actor?.neighbors ?? [];
    expect(
      neighbors
        .filter((n) => n.distance === 1)
        .map((n) => n.node.key)
        .sort(),
    ).toEqual([
      'adel',
      'adsp',
      'artisans-du-monde',
      'cnlrq',
      'culture-et-proximite',
      'giepp',
      'mes',
    ]);
    expect(neighbors.some((n) => n.distance === 2 && n.node.key === 'ess-france')).toBe(true);
    expect(neighbors.some((n) => n.node.key === 'ires')).toBe(false);
  });
});

describe('stats', () => {
  it('counts nodes by kind and relationships by type, with RIPESS Europe the most connected actor', async () => {
    const { data } = await execute(app(), Stats);
    expect(data?.stats.nodes).toBe(CURATED_COUNTS.nodes);
    expect(data?.stats.relations).toBe(CURATED_COUNTS.relations);
    expect(data?.stats.sources).toBe(CURATED_COUNTS.sources);
    expect(data?.stats.disputedRelations).toBe(CURATED_COUNTS.disputedRelations);
    expect(data?.stats.byRelationType[0]).toEqual({
      type: 'MEMBER_OF',
      count: CURATED_COUNTS.memberOf,
    });
    expect(data?.stats.byKind).toContainEqual({ kind: 'Event', count: CURATED_COUNTS.events });
    // RIPESS Europe's members by country outnumber MES's own ties (62 relationships to 45).
    expect(data?.stats.mostConnected.slice(0, 2).map((c) => c.actor.key)).toEqual([
      'ripess-europe',
      'mes',
    ]);
  });
});
