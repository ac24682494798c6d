import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { DomainError } from '../../src/domain-error.js';
import { commonMembersUpTo } from '../../src/graph/research-facts.js';
import { CAPS } from '../../src/limits.js';
import { bearer, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

// The reads issue 25 made cheaper at scale give the answers the slower reads gave: each is
// compared here with the path it replaced (or with the dataset) on the curated graph.

const { app, db } = useCuratedApp();
const dataset = readDataset();

const data = (query: string, variables?: Answer, headers: Record<string, string> = {}) =>
  answerOf(app(), query, { variables, headers });

describe('commonMembers, bounded', () => {
  const keys = ['mes', 'ctc'];

  it('answers as the pages do under the cap', async () => {
    const { commonMembers, commonMembersPage } = await data(
      `{ commonMembers(keys: ${JSON.stringify(keys)}) { key }
         commonMembersPage(keys: ${JSON.stringify(keys)}, first: 100) { totalCount edges { node { key } } } }`,
    );
    expect(commonMembers.length).toBeLessThanOrEqual(CAPS.commonMembers);
    expect(commonMembers).toEqual(commonMembersPage.edges.map((e: Answer) => e.node));
    expect(commonMembersPage.totalCount).toBe(commonMembers.length);
    const atCap = await commonMembersUpTo(db(), keys, commonMembers.length, true);
    expect(atCap.members.map((m) => m.key)).toEqual(commonMembers.map((m: Answer) => m.key));
  });

  it('refuses an answer over the cap, naming the paged field, before reading past it', async () => {
    const { commonMembers } = await data(
      `{ commonMembers(keys: ${JSON.stringify(keys)}) { key } }`,
    );
    const cap = commonMembers.length - 1;
    const refusal = await commonMembersUpTo(db(), keys, cap, false).catch((error) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'commonMembers.keys',
      cap,
      paged: 'commonMembersPage',
    });
    expect(refusal.message).toContain('commonMembersPage');
  });

  it('still names unknown keys first', async () => {
    const result = await executeText(app(), '{ commonMembers(keys: ["mes", "ripes"]) { key } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'commonMembers.keys',
    });
  });
});

const RELATIONS = /* GraphQL */ `
  query OriginPage($filter: RelationListFilter, $first: Int, $after: String) {
    relations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id origin sources { key } } }
    }
  }`;

/** Every relationship the filter selects, page by page, and the count of the first page. */
async function allRelations(filter: Answer, first: number) {
  const nodes: Answer[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let page = 0; page < 500; page += 1) {
    const { relations } = await data(RELATIONS, { filter, first, after });
    if (totalCount < 0) totalCount = relations.totalCount;
    nodes.push(...relations.edges.map((edge: Answer) => edge.node));
    if (!relations.pageInfo.hasNextPage) break;
    after = relations.pageInfo.endCursor;
  }
  return { nodes, totalCount };
}

describe('relations(filter: {origin}) from the rel_origin_* indexes', () => {
  beforeAll(async () => {
    const curator = bearer(await tokenFor(db(), 'scale-consistency-curator', 'curator'));
    // Relationships the API records, of two types, one with two sources.
    for (const input of [
      'from: "mes", type: MEMBER_OF, to: "ripess", since: "2004", sources: ["S1"]',
      'from: "ctc", type: PARTNER_OF, to: "mes", sources: ["S1", "S5"]',
    ]) {
      await data(`mutation { addRelation(input: { ${input} }) { version } }`, undefined, curator);
    }
  });

  it('pages and counts the API-recorded relationships as the whole-graph read selects them', async () => {
    const everything = await allRelations({}, 100);
    expect(everything.nodes.length).toBe(dataset.relations.length + 2);
    for (const [filter, keep] of [
      [{ origin: 'api' }, (r: Answer) => r.origin === 'api'],
      [
        { origin: 'api', minSources: 2, maxSources: 50 },
        (r: Answer) => r.origin === 'api' && r.sources.length >= 2,
      ],
      [
        { origin: 'api', types: ['MEMBER_OF'] },
        (r: Answer) => r.origin === 'api' && r.id.includes('|MEMBER_OF|'),
      ],
      [{ origin: 'import' }, () => false],
    ] as const) {
      const expected = everything.nodes.filter(keep).map((r: Answer) => r.id);
      const { nodes, totalCount } = await allRelations(filter, 1);
      expect(
        nodes.map((r) => r.id),
        JSON.stringify(filter),
      ).toEqual(expected);
      expect(totalCount, JSON.stringify(filter)).toBe(expected.length);
    }
    const curated = await data(RELATIONS, { filter: { origin: 'curated' }, first: 1 });
    expect(curated.relations.totalCount).toBe(dataset.relations.length);
  });
});
