import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import type { Entity } from '../../src/model/types.js';
import type { ActorsPageQuery, ActorsPageQueryVariables } from '../generated/graphql.js';
import { useCuratedApp } from '../support/curated-app.js';
import { CURATED_COUNTS, MES_FOUNDING_MEMBERS } from '../support/facts.js';
import { execute, executeText, firstError } from '../support/graphql-client.js';
import { ActorDetails, ActorsPage, NodeById, Search } from '../support/operations.js';

const { app, db } = useCuratedApp();

describe('actor', () => {
  it('describes MES with its names, kind, founding, resource counts and sources', async () => {
    const { data, errors } = await execute(app(), ActorDetails, { key: 'mes' });
    expect(errors).toBeUndefined();
    const mes = data?.actor;
    expect(mes).toMatchObject({
      key: 'mes',
      name: "Mouvement pour l'Economie Solidaire",
      acronym: 'MES',
      kind: 'Movement',
      kinds: ['Movement'],
      country: 'FR',
      scope: 'NATIONAL',
      place: 'Lille',
      founded: {
        date: { value: '2002-03', year: 2002, precision: 'MONTH' },
        place: 'Lille',
        disputed: false,
      },
    });
    expect(mes?.names).toContainEqual({ language: 'en', name: 'Solidarity Economy Movement' });
    expect(mes?.resourceCounts).toEqual([
      { type: 'PUBLICATIONS', count: 1 },
      { type: 'VIDEOS', count: 3 },
      { type: 'PEDAGOGICAL_TOOLS', count: 18 },
      { type: 'PROPOSALS', count: 2 },
      { type: 'ANALYSES', count: 4 },
      { type: 'PUBLIC_CONTRIBUTIONS', count: 1 },
      { type: 'ARTICLES', count: 14 },
    ]);
    expect(mes?.sources[0]).toMatchObject({
      key: 'S1',
      url: 'http://www.socioeco.org/bdf_organisme-87_en.html',
    });
  });

  it('keeps both claims of a disputed founding date', async () => {
    const { data } = await execute(app(), ActorDetails, { key: 'gesq' });
    expect(data?.actor?.founded).toMatchObject({
      date: { value: '1999', precision: 'YEAR' },
      disputed: true,
      alternatives: [{ date: '2000-01', sources: [{ key: 'S36' }] }],
      sources: [{ key: 'S37' }],
    });
  });

  it('returns null for an unknown key, and for the key of a node that is not an actor', async () => {
    expect((await execute(app(), ActorDetails, { key: 'no-such-actor' })).data?.actor).toBeNull();
    expect((await execute(app(), ActorDetails, { key: 'vess-2003' })).data?.actor).toBeNull();
  });

  it('fetches an actor and a source again by global ID, and null for an unknown one', async () => {
    const { data } = await execute(app(), ActorDetails, { key: 'ripess-europe' });
    const id = data?.actor?.id as string;
    expect((await execute(app(), NodeById, { id })).data?.node).toMatchObject({
      id,
      key: 'ripess-europe',
    });
    const sourceId = Buffer.from('Source:S1').toString('base64');
    expect((await execute(app(), NodeById, { id: sourceId })).data?.node).toMatchObject({
      key: 'S1',
    });
    const unknown = Buffer.from('Actor:nobody').toString('base64');
    expect((await execute(app(), NodeById, { id: unknown })).data?.node).toBeNull();
  });
});

describe('facts added outside the curated dataset', () => {
  it('shows a cited source that is not in the graph, instead of dropping it, and keeps stats working', async () => {
    try {
      await db().write(
        `MATCH (mes:Entity {key: 'mes'})
         CREATE (n:Entity:Actor {key: 'imported-without-kind', name: 'Imported', sources: ['S999']})
         CREATE (n)-[:MEMBER_OF {sources: ['S999']}]->(mes)`,
      );
      const { data, errors } = await execute(app(), ActorDetails, { key: 'imported-without-kind' });
      expect(errors).toBeUndefined();
      expect(data?.actor?.sources).toEqual([
        { key: 'S999', url: null, title: 'Cited, but no source with this key is in the graph' },
      ]);
      const stats = await executeText(app(), '{ stats { nodes byKind { kind count } } }');
      expect(stats.errors).toBeUndefined();
    } finally {
      await db().write("MATCH (n:Entity {key: 'imported-without-kind'}) DETACH DELETE n");
    }
  });
});

describe('actors', () => {
  it('pages through every actor with keyset cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let total = 0;
    for (let page = 0; page < 100; page += 1) {
      const result: Awaited<ReturnType<typeof execute<ActorsPageQuery, ActorsPageQueryVariables>>> =
        await execute(app(), ActorsPage, { first: 15, after });
      const connection = result.data?.actors;
      total = connection?.totalCount ?? 0;
      seen.push(...(connection?.edges.map((e) => e.node.key) ?? []));
      expect(connection?.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBe(CURATED_COUNTS.actors);
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...new Set(seen)].sort());
  });

  it('filters by kind, country, scope, membership in a year, and text', async () => {
    // Every page of the filter, so the answer does not depend on where a page ends.
    const page = async (filter: Record<string, unknown>) => {
      const keys: string[] = [];
      let after: string | null = null;
      for (let turn = 0; turn < 50; turn += 1) {
        const result: Awaited<
          ReturnType<typeof execute<ActorsPageQuery, ActorsPageQueryVariables>>
        > = await execute(app(), ActorsPage, { filter, first: 100, after });
        keys.push(...(result.data?.actors.edges.map((e) => e.node.key) ?? []));
        if (!result.data?.actors.pageInfo.hasNextPage) break;
        after = result.data.actors.pageInfo.endCursor ?? null;
      }
      return keys;
    };
    const { nodes, relations } = readDataset();
    const actorKeys = (keep: (actor: Entity) => boolean) =>
      nodes
        .filter((n) => n.family === 'Actor' && keep(n))
        .map((n) => n.key)
        .sort();
    expect(await page({ kind: 'UmbrellaBody' })).toEqual(
      actorKeys((a) => a.kind === 'UmbrellaBody'),
    );
    expect(await page({ kind: 'UmbrellaBody' })).toEqual(
      expect.arrayContaining(['ceges', 'cncress', 'ess-france']),
    );
    expect(await page({ country: 'CA' })).toEqual(actorKeys((a) => a.country === 'CA'));
    expect(await page({ country: 'CA' })).toEqual(
      expect.arrayContaining(['ccednet', 'chantier', 'gesq']),
    );
    expect(await page({ memberOf: 'mes', activeAt: 2002 })).toEqual(MES_FOUNDING_MEMBERS);
    const continentalMembersOfRipess = new Set(
      relations.filter((r) => r.type === 'MEMBER_OF' && r.to === 'ripess').map((r) => r.from),
    );
    expect(await page({ memberOf: 'ripess', scope: 'CONTINENTAL' })).toEqual(
      actorKeys((a) => a.scope === 'continental' && continentalMembersOfRipess.has(a.key)),
    );
    expect(await page({ memberOf: 'ripess', scope: 'CONTINENTAL' })).toEqual(
      expect.arrayContaining(['asec', 'raess', 'ripess-lac', 'ripess-na']),
    );
    expect(await page({ text: 'economie solidaire', country: 'FR' })).toEqual(
      expect.arrayContaining(['apes', 'mes', 'rtes']),
    );
  });

  it('rejects a cursor it did not issue, naming the argument', async () => {
    const result = await execute(app(), ActorsPage, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'actors.after' });
  });
});

describe('search', () => {
  it('finds "Économie Solidaire" from "economie solidaire", regardless of case and accents', async () => {
    const plain = await execute(app(), Search, { query: 'economie solidaire', first: 100 });
    const accented = await execute(app(), Search, { query: 'ÉCONOMIE Solidaire', first: 100 });
    const keys = plain.data?.search.map((hit) => hit.actor.key);
    expect(keys).toEqual(expect.arrayContaining(['mes', 'apes', 'ires', 'gesq', 'rtes']));
    expect(accented.data?.search.map((hit) => hit.actor.key)).toEqual(keys);
  });

  it('ranks exact acronyms and names first', async () => {
    const mes = await execute(app(), Search, { query: 'MES', first: 5 });
    expect(mes.data?.search[0]).toMatchObject({ exact: true, actor: { key: 'mes' } });
    const ripess = await execute(app(), Search, { query: 'ripess', first: 5 });
    expect(ripess.data?.search[0]).toMatchObject({ exact: true, actor: { key: 'ripess' } });
    const name = await execute(app(), Search, { query: 'le labo de l’ess', first: 3 });
    expect(name.data?.search[0]?.actor.key).toBe('labo-ess');
  });

  it('answers with the hit shape of searchEntities (node, score, exact), actor kept as deprecated', async () => {
    const result = await executeText(
      app(),
      `{ search(query: "MES", first: 1) { node { key } actor { key } score exact }
         searchEntities(query: "MES", first: 1, families: [Actor]) { node { key } score exact } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      search: { node: { key: string }; actor: { key: string }; exact: boolean; score: number }[];
      searchEntities: { node: { key: string }; exact: boolean; score: number }[];
    };
    const [hit] = data.search;
    expect(hit).toMatchObject({ node: { key: 'mes' }, actor: { key: 'mes' }, exact: true });
    const { actor: _deprecated, ...shape } = hit ?? { actor: null };
    expect(shape).toEqual(data.searchEntities[0]);
  });

  it('finds by prefix and by alias', async () => {
    const prefix = await execute(app(), Search, { query: 'transit', first: 5 });
    expect(prefix.data?.search.map((hit) => hit.actor.key)).toContain('ctc');
    const alias = await execute(app(), Search, { query: 'Chambre française', first: 3 });
    expect(alias.data?.search[0]?.actor.key).toBe('ess-france');
  });

  it.each([
    ['ripess)', 'ripess'],
    ['(economie AND', 'mes'],
    ['name:mes', 'mes'],
    ['solidarius~!', 'solidarius'],
    ['"MES"', 'mes'],
  ])('takes %s literally and still finds %s', async (query, key) => {
    const result = await execute(app(), Search, { query, first: 20 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.map((hit) => hit.actor.key)).toContain(key);
  });

  it.each([
    '"',
    'ripess)',
    '(economie AND',
    'OR NOT',
    '*',
    'solid~',
    'a\\b',
    'name:mes',
    '[a TO b]',
    '{}^!&&||/',
  ])('never fails on Lucene syntax in user input: %s', async (query) => {
    const result = await execute(app(), Search, { query, first: 5 });
    if (result.errors)
      expect(firstError(result)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'search.query',
      });
    else expect(Array.isArray(result.data?.search)).toBe(true);
  });

  it('rejects a query with nothing to search for, naming the argument', async () => {
    const result = await executeText(app(), '{ search(query: "  !? ") { score } }');
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search.query' });
    expect(firstError(result).message).toMatch(/letter or digit/);
  });
});
