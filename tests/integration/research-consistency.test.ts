import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
const dataset = readDataset();

function data(query: string, variables?: Answer): Promise<Answer> {
  return answerOf(app(), query, { variables });
}

const RELATIONS = /* GraphQL */ `
  query RelationsPage($filter: RelationListFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id type fromKey toKey disputed origin sources { key } } }
    }
  }`;

/** Every relationship the filter selects, page by page, and the count the first page gave. */
async function allRelations(filter: Answer, first = 17) {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 200; page += 1) {
    const { relations } = await data(RELATIONS, { filter, first, after });
    if (totalCount < 0) totalCount = relations.totalCount;
    ids.push(...relations.edges.map((edge: Answer) => edge.node.id));
    if (!relations.pageInfo.hasNextPage) break;
    after = relations.pageInfo.endCursor;
  }
  return { ids, totalCount };
}

const idOf = (r: { from: string; type: string; to: string }) => `${r.from}|${r.type}|${r.to}`;

/** The order of `relations`: type, then the key pointed to, then the key it starts from. */
function inListOrder(ids: string[]): string[] {
  const parts = (id: string) => {
    const [from = '', type = '', to = ''] = id.split('|');
    return [type, to, from];
  };
  return [...ids].sort((x, y) => {
    const [a, b] = [parts(x), parts(y)];
    for (let i = 0; i < 3; i += 1) {
      if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
    }
    return 0;
  });
}

describe('relations(filter:)', () => {
  it('pages through the disputed memberships, in order, each once, as many as totalCount', async () => {
    const { ids, totalCount } = await allRelations({ types: ['MEMBER_OF'], disputed: true }, 2);
    const expected = dataset.relations
      .filter((r) => r.type === 'MEMBER_OF' && r.disputed)
      .map(idOf);
    expect(ids).toEqual(inListOrder(expected));
    expect(totalCount).toBe(expected.length);
  });

  it('pages the disputed relationships of every type from their index as the dataset has them', async () => {
    for (const [filter, keep] of [
      [{ disputed: true }, (r: (typeof dataset.relations)[number]) => r.disputed],
      [
        { disputed: true, minSources: 2 },
        (r: (typeof dataset.relations)[number]) => r.disputed && new Set(r.sources).size >= 2,
      ],
    ] as const) {
      const { ids, totalCount } = await allRelations(filter, 3);
      const expected = dataset.relations.filter(keep).map(idOf);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(ids, JSON.stringify(filter)).toEqual(inListOrder(expected));
      expect(totalCount).toBe(expected.length);
    }
    const undisputed = await data(RELATIONS, { filter: { disputed: false }, first: 1 });
    const disputed = await data(RELATIONS, { filter: { disputed: true }, first: 1 });
    expect(undisputed.relations.totalCount + disputed.relations.totalCount).toBe(
      dataset.relations.length,
    );
  });

  it('filters by number of sources over every type, across type boundaries', async () => {
    const { ids, totalCount } = await allRelations({ minSources: 2 }, 50);
    const expected = dataset.relations.filter((r) => new Set(r.sources).size >= 2).map(idOf);
    expect(ids).toEqual(inListOrder(expected));
    expect(totalCount).toBe(expected.length);
    const single = await data(RELATIONS, { filter: { maxSources: 1 }, first: 1 });
    expect(single.relations.totalCount + totalCount).toBe(dataset.relations.length);
  });

  it('lists the relationships of some keys, both directions, each once', async () => {
    const keys = ['mes', 'ripess'];
    const { ids, totalCount } = await allRelations({ keys }, 9);
    const expected = dataset.relations
      .filter((r) => keys.includes(r.from) || keys.includes(r.to))
      .map(idOf);
    expect(ids).toEqual(inListOrder(expected));
    expect(totalCount).toBe(expected.length);
  });

  it('keeps a year by the rule the actors’ relations use', async () => {
    const { ids, totalCount } = await allRelations({ keys: ['mes'], activeAt: 2012 }, 5);
    const { actor } = await data(
      '{ actor(key: "mes") { relations(activeAt: 2012, first: 100) { totalCount edges { relation { id } } } } }',
    );
    expect(inListOrder(ids)).toEqual(
      inListOrder(actor.relations.edges.map((e: Answer) => e.relation.id)),
    );
    expect(totalCount).toBe(actor.relations.totalCount);
    const everyYear = await data(RELATIONS, { filter: { activeAt: 2012 }, first: 1 });
    const all = await data(RELATIONS, { filter: {}, first: 1 });
    expect(everyYear.relations.totalCount).toBeGreaterThan(0);
    expect(everyYear.relations.totalCount).toBeLessThan(all.relations.totalCount);
    expect(all.relations.totalCount).toBe(dataset.relations.length);
  });

  it('filters by origin: the curated graph is all curated', async () => {
    const curated = await data(RELATIONS, { filter: { origin: 'curated' }, first: 1 });
    expect(curated.relations.totalCount).toBe(dataset.relations.length);
    const api = await data(RELATIONS, { filter: { origin: 'api' }, first: 1 });
    expect(api.relations).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('refuses a bad filter, naming the field, and an unknown key with the nearest keys', async () => {
    const bad = await executeText(app(), RELATIONS, {
      variables: { filter: { origin: 'wiki' } },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'relations.filter.origin',
    });
    const range = await executeText(app(), RELATIONS, {
      variables: { filter: { minSources: 3, maxSources: 1 } },
    });
    expect(range.errors?.[0]?.extensions?.argument).toBe('relations.filter.maxSources');
    const unknown = await executeText(app(), RELATIONS, {
      variables: { filter: { keys: ['mes', 'ripes'] } },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'relations.filter.keys',
      keys: ['ripes'],
    });
    expect(unknown.errors?.[0]?.extensions?.suggestions).toContain('ripess');
  });
});

describe('subgraph(activeAt:) and metrics(top:, orderBy:)', () => {
  it('keeps in a year the nodes and edges that metrics and the exports keep', async () => {
    const answer = await data(`{
      subgraph(keys: ["mes"], depth: 1, activeAt: 2012) { truncated nodes { key } edges { id } }
      metrics(keys: ["mes"], depth: 1, activeAt: 2012) { nodes { key degree } }
      all: subgraph(keys: ["mes"], depth: 1) { nodes { key } edges { id } }
    }`);
    const keys = answer.subgraph.nodes.map((n: Answer) => n.key).sort();
    expect(keys).toEqual(answer.metrics.nodes.map((n: Answer) => n.key).sort());
    expect(keys.length).toBeLessThan(answer.all.nodes.length);
    expect(keys).toContain('ripess-europe');
    expect(keys).not.toContain('ess-france');
    const degrees = answer.metrics.nodes.reduce((sum: number, n: Answer) => sum + n.degree, 0);
    expect(answer.subgraph.edges.length * 2).toBe(degrees);
  });

  it('lists the first nodes by the measure asked', async () => {
    const answer = await data(`{
      all: metrics(keys: ["mes"], depth: 2) { nodes { key degree betweenness } }
      top: metrics(keys: ["mes"], depth: 2, top: 5, orderBy: DEGREE) { nodes { key degree } }
      between: metrics(keys: ["mes"], depth: 2, top: 3, orderBy: BETWEENNESS) { nodes { key betweenness } }
    }`);
    expect(answer.top.nodes).toHaveLength(5);
    const degrees = answer.all.nodes
      .map((n: Answer) => n.degree)
      .sort((a: number, b: number) => b - a);
    expect(answer.top.nodes.map((n: Answer) => n.degree)).toEqual(degrees.slice(0, 5));
    const betweens = answer.between.nodes.map((n: Answer) => n.betweenness);
    expect(betweens).toEqual([...betweens].sort((a, b) => b - a));
    const over = await executeText(app(), '{ metrics(top: 0) { communities } }');
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'metrics.top',
    });
  });
});

describe('NOT_FOUND for every unknown key, with the nearest keys', () => {
  it('refuses the history of a key nothing has, suggesting the near key', async () => {
    const result = await executeText(app(), '{ history(key: "ripes") { totalCount } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'history.key',
    });
    expect(result.errors?.[0]?.extensions?.suggestions).toEqual(expect.arrayContaining(['ripess']));
    const relation = await executeText(
      app(),
      '{ history(key: "mes|MEMBER_OF|ripes") { totalCount } }',
    );
    expect(relation.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(relation.errors?.[0]?.extensions?.suggestions).toContain('ripess');
    const known = await data('{ history(key: "S1") { edges { node { operation } } } }');
    expect(known.history.edges).toBeDefined();
  });

  it('suggests near keys on every root field that takes keys', async () => {
    const fields = [
      ['{ subgraph(keys: ["mes", "ripes"]) { truncated } }', 'subgraph.keys'],
      ['{ shortestPath(from: "mes", to: "ripes") { length } }', 'shortestPath.to'],
      ['{ sharedAffiliations(keys: ["mes", "ripes"]) { key } }', 'sharedAffiliations.keys'],
      ['{ commonMembers(keys: ["ripes"]) { key } }', 'commonMembers.keys'],
      ['{ metrics(keys: ["ripes"]) { communities } }', 'metrics.keys'],
    ] as const;
    for (const [query, argument] of fields) {
      const result = await executeText(app(), query);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'NOT_FOUND', argument });
      expect(result.errors?.[0]?.extensions?.suggestions, query).toContain('ripess');
    }
  });
});

describe('validation of a write input', () => {
  let curator: Record<string, string>;
  beforeAll(async () => {
    curator = bearer(await tokenFor(db(), 'consistency-curator', 'curator'));
  });

  it('reports a bad date and an unknown source at once, and writes nothing', async () => {
    const before = await data('{ graphVersion { version } }');
    const result = await executeText(
      app(),
      'mutation { createEntity(input: { key: "x-y", kind: Network, name: "X", date: "around 2004", sources: ["S99999"] }) { version } }',
      { headers: curator },
    );
    const [error] = result.errors ?? [];
    expect(result.errors).toHaveLength(1);
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'createEntity.input.date',
    });
    expect(error?.message).toMatch(/^Invalid argument "createEntity\.input\.date": is not a date/);
    expect(error?.extensions?.problems).toEqual([
      expect.objectContaining({ path: 'createEntity.input.date', code: 'BAD_USER_INPUT' }),
      expect.objectContaining({
        path: 'createEntity.input.sources',
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('S99999'),
      }),
    ]);
    const relation = await executeText(
      app(),
      'mutation { addRelation(input: { from: "nowhere", type: MEMBER_OF, to: "mes", since: "soon", sources: ["S99999"] }) { version } }',
      { headers: curator },
    );
    const paths = ((relation.errors?.[0]?.extensions?.problems ?? []) as Answer[]).map(
      (p) => p.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'addRelation.input.since',
        'addRelation.input.from',
        'addRelation.input.sources',
      ]),
    );
    expect(await data('{ graphVersion { version } }')).toEqual(before);
    expect((await data('{ entity(key: "x-y") { key } }')).entity).toBeNull();
  });
});
