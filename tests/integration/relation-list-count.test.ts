import { beforeAll, describe, expect, it } from 'vitest';
import { newQueryStats } from '../../src/db/database.js';
import { registeredQueries } from '../../src/db/query.js';
import { warmRelationCounts } from '../../src/graph/relation-list-count.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

// The root `relations` totalCount, a statement per type, against the rows its pages list.

const { app, db } = useCuratedApp();

const RELATIONS = /* GraphQL */ `
  query CountedPage($filter: RelationListFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id } }
    }
  }`;

/** The statements a request ran, by name, and its first answer. */
async function countWithStatements(filter: Answer) {
  const result = await executeText(app(), RELATIONS, {
    variables: { filter, first: 1 },
    headers: { 'x-graph-stats': '1' },
  });
  expect(result.errors, JSON.stringify(filter)).toBeUndefined();
  const relations = result.data?.relations as Answer;
  const names = Object.keys((result.extensions?.db?.byName ?? {}) as Record<string, number>);
  return { totalCount: relations.totalCount as number, names };
}

/** How many relationships the filter's pages list, all of them. */
async function rowsListed(filter: Answer): Promise<number> {
  let rows = 0;
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const { relations } = await answerOf(app(), RELATIONS, {
      variables: { filter, first: 100, after },
    });
    rows += relations.edges.length;
    if (!relations.pageInfo.hasNextPage) return rows;
    after = relations.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

const YEARS = [1995, 2005, 2012, 2020];

/**
 * The filters of research-consistency, scale-consistency and relation-window (their root
 * `relations` filters, and their years on MEMBER_OF, with and without keys), and the
 * combinations that choose each count statement.
 */
const FILTERS: Answer[] = [
  {},
  { types: ['MEMBER_OF'], disputed: true },
  { disputed: true },
  { disputed: true, minSources: 2 },
  { disputed: false },
  { minSources: 2 },
  { maxSources: 1 },
  { keys: ['mes', 'ripess'] },
  { keys: ['mes'], activeAt: 2012 },
  { activeAt: 2012 },
  { origin: 'curated' },
  { origin: 'api' },
  { origin: 'api', minSources: 2, maxSources: 50 },
  { origin: 'api', types: ['MEMBER_OF'] },
  { origin: 'import' },
  { keys: ['mes'], disputed: true, activeAt: 2012 },
  { keys: ['mes', 'ripess'], origin: 'api' },
  ...YEARS.flatMap((activeAt) => [
    { activeAt },
    { types: ['MEMBER_OF'], activeAt },
    { types: ['MEMBER_OF', 'PARTICIPATES_IN'], activeAt, maxSources: 3 },
    { keys: ['mes', 'ripess', 'ess-france'], activeAt },
    { keys: ['ripess', 'ripess-europe'], types: ['MEMBER_OF'], activeAt },
  ]),
];

describe('relations(filter:) totalCount, a statement per type', () => {
  beforeAll(async () => {
    const curator = bearer(await tokenFor(db(), 'relation-count-curator', 'curator'));
    // Recorded relationships (origin api), one between two of the keys above, dated.
    for (const input of [
      'from: "mes", type: MEMBER_OF, to: "ripess", since: "2004", until: "2013", sources: ["S1"]',
      'from: "ctc", type: PARTNER_OF, to: "mes", sources: ["S1", "S5"]',
    ]) {
      await answerOf(app(), `mutation { addRelation(input: { ${input} }) { version } }`, {
        headers: curator,
      });
    }
  });

  it('counts what its pages list, for every filter the consistency tests use', async () => {
    for (const filter of FILTERS) {
      const { totalCount } = await countWithStatements(filter);
      expect(totalCount, JSON.stringify(filter)).toBe(await rowsListed(filter));
    }
  }, 300_000);

  it('reads MEMBER_OF in a year from the stored window, the other types by the rule', async () => {
    const withKeys = await countWithStatements({ keys: ['mes', 'ripess'], activeAt: 2010 });
    expect(withKeys.names).toContain('relationsCountOfKeysInYear.MEMBER_OF');
    expect(withKeys.names).toContain('relationsCountOfKeys.PARTNER_OF');
    expect(withKeys.names).not.toContain('relationsCountOfKeys.MEMBER_OF');
    const whole = await countWithStatements({ types: ['MEMBER_OF'], activeAt: 2010 });
    expect(whole.names).toContain('relationsCountInYear.MEMBER_OF');
    // Another condition than the year: the rule, read relationship by relationship.
    const disputed = await countWithStatements({ keys: ['mes'], activeAt: 2010, disputed: false });
    expect(disputed.names).toContain('relationsCountOfKeys.MEMBER_OF');
  });

  it('runs only the types asked', async () => {
    const { names } = await countWithStatements({ types: ['PARTNER_OF'], minSources: 2 });
    expect(names.filter((name) => name.startsWith('relationsCount'))).toEqual([
      'relationsCount.PARTNER_OF',
    ]);
  });

  it('warms every count statement, reading nothing', async () => {
    const stats = newQueryStats();
    const counted = await warmRelationCounts(db().withStats(stats), ['\u0000warm-up']);
    const counts = registeredQueries()
      .map((query) => query.name)
      .filter((name) => /^relationsCount\w*\./.test(name));
    expect(counts.length).toBeGreaterThan(50);
    expect(Object.keys(stats.byName).sort()).toEqual(counts.sort());
    expect(counted).toBe(0);
  });
});
