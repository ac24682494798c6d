import { describe, expect, it } from 'vitest';
import { firstNeighbours } from '../../src/graph/expand.js';
import { seedNeighbours } from '../../src/graph/seed-neighbours.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();

const data = (query: string): Promise<Answer> => answerOf(app(), query);

/** Every page of a connection field, `first` at a time: the nodes in order and each page's answer. */
async function allPages(field: string, args: string, first: number, selection: string) {
  const nodes: Answer[] = [];
  const pages: Answer[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page += 1) {
    const answer = await data(
      `{ ${field}(${args}, first: ${first}${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { ${selection} } } } }`,
    );
    const connection = answer[field];
    pages.push(connection);
    nodes.push(...connection.edges.map((edge: Answer) => edge.node));
    if (!connection.pageInfo.hasNextPage) return { nodes, pages };
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${field} did not end`);
}

async function errorOf(query: string) {
  const result = await executeText(app(), query);
  return result.errors?.[0]?.extensions;
}

describe('evolutionPage', () => {
  const period = 'from: 2000, to: 2020';
  const step = (s: Answer) => `${s.year} ${s.change} ${s.relation.id}`;

  it('pages through the steps of `evolution` in the same order, with their total count', async () => {
    const { evolution } = await data(`{ evolution(${period}) { year change relation { id } } }`);
    expect(evolution.length).toBeGreaterThan(20);
    expect(evolution.length).toBeLessThan(1000);
    const { nodes, pages } = await allPages(
      'evolutionPage',
      period,
      7,
      'year change relation { id }',
    );
    expect(nodes.map(step)).toEqual(evolution.map(step));
    for (const page of pages) expect(page.totalCount).toBe(evolution.length);
    expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an empty last page after the last cursor', async () => {
    const { pages } = await allPages('evolutionPage', period, 100, 'year');
    const last = pages.at(-1)?.edges.at(-1)?.cursor;
    const { evolutionPage } = await data(
      `{ evolutionPage(${period}, after: "${last}") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(evolutionPage.edges).toEqual([]);
    expect(evolutionPage.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(evolutionPage.totalCount).toBe(pages[0]?.totalCount);
  });

  it('refuses a cursor it did not hand out, and a period that ends before it starts', async () => {
    const commonCursor = Buffer.from('member:cac').toString('base64url');
    for (const after of [
      'nonsense',
      commonCursor,
      Buffer.from('evolution:20x|BEGAN|a|MEMBER_OF|b').toString('base64url'),
    ])
      expect(
        await errorOf(`{ evolutionPage(${period}, after: "${after}") { totalCount } }`),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'evolutionPage.after',
      });
    expect(await errorOf('{ evolutionPage(from: 2020, to: 2010) { totalCount } }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'evolutionPage.to',
    });
    expect(await errorOf(`{ evolutionPage(${period}, first: 101) { totalCount } }`)).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'evolutionPage.first',
    });
  });
});

describe('commonMembersPage', () => {
  const keys = 'keys: ["mes", "ctc"]';

  it('pages through the members of `commonMembers`, with their total count', async () => {
    const { commonMembers } = await data(`{ commonMembers(${keys}) { key } }`);
    const { nodes, pages } = await allPages('commonMembersPage', keys, 2, 'key name');
    expect(nodes.map((node) => node.key)).toEqual(commonMembers.map((m: Answer) => m.key));
    expect(nodes.map((node) => node.key)).toEqual(['cac', 'e-graine', 'miramap']);
    expect(pages.map((page) => page.totalCount)).toEqual([3, 3]);
    expect(pages.map((page) => page.edges.length)).toEqual([2, 1]);
  });

  it('answers an empty page after the last member', async () => {
    const after = Buffer.from('member:miramap').toString('base64url');
    const { commonMembersPage } = await data(
      `{ commonMembersPage(${keys}, after: "${after}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`,
    );
    expect(commonMembersPage).toEqual({
      totalCount: 3,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('refuses a foreign cursor and names unknown keys', async () => {
    const evolutionCursor = Buffer.from('evolution:2015|BEGAN|a|MEMBER_OF|b').toString('base64url');
    for (const after of ['nonsense', evolutionCursor])
      expect(
        await errorOf(`{ commonMembersPage(${keys}, after: "${after}") { totalCount } }`),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'commonMembersPage.after',
      });
    expect(
      await errorOf('{ commonMembersPage(keys: ["mes", "nope"]) { totalCount } }'),
    ).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'commonMembersPage.keys',
    });
  });
});

describe('subgraph of several seeds under one budget', () => {
  /** The first level as `subgraph` builds it from `$near`: the first keys of all seeds, and whether the limit cut it. */
  function firstLevel(near: Record<string, string[]>, seeds: string[], limit: number) {
    const reached = new Set(
      Object.values(near)
        .flat()
        .filter((key) => !seeds.includes(key)),
    );
    const sorted = [...reached].sort();
    return {
      level: sorted.slice(0, limit - seeds.length),
      cut: sorted.length > limit - seeds.length,
    };
  }

  it('reaches the same first level as reading the limit for every seed', async () => {
    const cases: [string[], number][] = [
      [['mes', 'ctc', 'ess-france', 'ripess-europe'], 12],
      [['mes', 'ctc', 'ess-france', 'ripess-europe'], 60],
      [['mes', 'miramap', 'cac'], 5],
      [['mes', 'ctc'], 2000],
    ];
    for (const [seeds, limit] of cases) {
      const all = await firstNeighbours(db(), seeds, 1, null, limit);
      const budgeted = await seedNeighbours(db(), seeds, 1, null, limit);
      expect(firstLevel(budgeted, seeds, limit)).toEqual(firstLevel(all, seeds, limit));
    }
  });

  it('reaches the same first level in a year as reading the limit for every seed then', async () => {
    const cases: [string[], number][] = [
      [['mes', 'ctc', 'ess-france', 'ripess-europe'], 12],
      [['mes', 'miramap', 'cac'], 5],
      [['mes', 'ctc'], 2000],
    ];
    for (const activeAt of [2005, 2020])
      for (const [seeds, limit] of cases) {
        const all = await firstNeighbours(db(), seeds, 1, null, limit, activeAt);
        const budgeted = await seedNeighbours(db(), seeds, 1, null, limit, activeAt);
        expect(firstLevel(budgeted, seeds, limit)).toEqual(firstLevel(all, seeds, limit));
      }
  });
});
