import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { relationId } from '../../src/model/types.js';
import { graphql } from '../generated/index.js';
import { useCuratedApp } from '../support/curated-app.js';
import { execute, firstError } from '../support/graphql-client.js';
import { Subgraph } from '../support/operations.js';

const { app, db } = useCuratedApp();

/** The disputed facts of data/, in the order `disputedFacts` lists them: relations, nodes, foundings, each by id. */
const DISPUTED = (() => {
  const { nodes, relations } = readDataset();
  const sorted = (ids: string[]) => [...ids].sort();
  return [
    ...sorted(relations.filter((r) => r.disputed).map(relationId)).map((id) => `RELATION ${id}`),
    ...sorted(nodes.filter((n) => n.disputed).map((n) => n.key)).map((key) => `NODE ${key}`),
    ...sorted(nodes.filter((n) => n.founded?.disputed).map((n) => n.key)).map(
      (key) => `FOUNDING ${key}`,
    ),
  ];
})();

const Metrics = graphql(/* GraphQL */ `
  query ResearchMetrics($keys: [String!], $depth: Int) {
    metrics(keys: $keys, depth: $depth) {
      communities
      modularity
      nodes { key degree betweenness pagerank community }
    }
  }
`);

const Relation = graphql(/* GraphQL */ `
  query ResearchRelation($id: String!) {
    relation(id: $id) { id type fromKey toKey since { value } role disputed sources { key url } }
  }
`);

const DisputedFacts = graphql(/* GraphQL */ `
  query ResearchDisputedFacts($first: Int, $offset: Int) {
    disputedFacts(first: $first, offset: $offset) {
      totalCount
      facts { kind note relation { id } entity { key } sources { key } }
    }
  }
`);

const CommonMembers = graphql(/* GraphQL */ `
  query ResearchCommonMembers($keys: [String!]!) {
    commonMembers(keys: $keys) { key name }
  }
`);

describe('relation(id)', () => {
  it('finds a relationship by the id exports and subgraph give it', async () => {
    const { data } = await execute(app(), Relation, { id: 'mes|MEMBER_OF|ess-france' });
    expect(data?.relation).toMatchObject({
      type: 'MEMBER_OF',
      fromKey: 'mes',
      toKey: 'ess-france',
      since: { value: '2015-01' },
      role: 'board seat',
      disputed: false,
    });
    expect(data?.relation?.sources.map((s) => s.key)).toEqual(['S1', 'S8', 'mesn.111']);
  });

  it('is null for no such relationship, and an error for a malformed id', async () => {
    expect(
      (await execute(app(), Relation, { id: 'mes|MEMBER_OF|nope' })).data?.relation,
    ).toBeNull();
    expect(firstError(await execute(app(), Relation, { id: 'mes-ess-france' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'relation.id',
    });
  });
});

describe('disputedFacts', () => {
  it('lists the disputed relationships, nodes and foundings of docs/data-model.md with their sources', async () => {
    const { data } = await execute(app(), DisputedFacts, { first: 100 });
    const facts = data?.disputedFacts.facts ?? [];
    const listed = facts.map((f) => `${f.kind} ${f.relation?.id ?? f.entity?.key}`);
    expect(data?.disputedFacts.totalCount).toBe(DISPUTED.length);
    expect(listed).toEqual(DISPUTED);
    // The examples docs/data-model.md gives are among them.
    for (const fact of [
      'RELATION asec|MEMBER_OF|ripess',
      'RELATION mes|FOUNDED|ripess',
      'RELATION mes|INITIATED|vess-2003',
      'NODE lux09',
      'FOUNDING ess-france',
      'FOUNDING urgenci',
    ]) {
      expect(listed).toContain(fact);
    }
    // MES founding RIPESS: the English FPH page says so, the French one does not.
    const founded = facts.find((f) => f.relation?.id === 'mes|FOUNDED|ripess');
    expect(founded?.sources.length).toBeGreaterThanOrEqual(2);
    expect(founded?.note).toBeTruthy();
  });

  it('pages', async () => {
    const { data } = await execute(app(), DisputedFacts, { first: 2, offset: 3 });
    expect(
      data?.disputedFacts.facts.map((f) => `${f.kind} ${f.relation?.id ?? f.entity?.key}`),
    ).toEqual(DISPUTED.slice(3, 5));
  });
});

describe('commonMembers', () => {
  it('gives the members of both MES and the CTC', async () => {
    const { data } = await execute(app(), CommonMembers, { keys: ['mes', 'ctc'] });
    // MIRAMAP (S30, S5), and the CAC and e-graine that the MES 2023 assembly and the CTC list.
    expect(data?.commonMembers.map((m) => m.key)).toEqual(['cac', 'e-graine', 'miramap']);
  });

  it('names an unknown key', async () => {
    expect(
      firstError(await execute(app(), CommonMembers, { keys: ['mes', 'nope'] })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'commonMembers.keys',
    });
  });
});

describe('metrics', () => {
  it('ranks MES’s neighbourhood, MES holding the most paths, with degrees that match the edges of `subgraph`', async () => {
    const { data, errors } = await execute(app(), Metrics, { keys: ['mes'], depth: 2 });
    expect(errors).toBeUndefined();
    const sub = (await execute(app(), Subgraph, { keys: ['mes'], depth: 2 })).data?.subgraph;
    const metrics = data?.metrics;
    expect(metrics?.nodes).toHaveLength(sub?.nodes.length ?? -1);
    // By PageRank, RIPESS Europe and its members by country outweigh MES; MES holds the most paths.
    expect(metrics?.nodes.slice(0, 2).map((n) => n.key)).toEqual(['ripess-europe', 'mes']);
    const mes = metrics?.nodes.find((n) => n.key === 'mes');
    const mesEdges = sub?.edges.filter((e) => e.sourceKey === 'mes' || e.targetKey === 'mes');
    expect(mes?.degree).toBe(mesEdges?.length);
    expect(mes?.betweenness).toBeGreaterThan(0.3);
    const byBetweenness = [...(metrics?.nodes ?? [])].sort((a, b) => b.betweenness - a.betweenness);
    expect(byBetweenness[0]?.key).toBe('mes');
    const total = metrics?.nodes.reduce((sum, n) => sum + n.pagerank, 0) ?? 0;
    expect(total).toBeCloseTo(1, 5);
    expect(metrics?.communities).toBeGreaterThan(1);
    expect(metrics?.modularity).toBeGreaterThan(0);
  });

  it('covers the whole graph without keys', async () => {
    const [row] = await db().read('MATCH (n:Entity) RETURN count(n) AS nodes');
    const { data } = await execute(app(), Metrics, {});
    expect(data?.metrics.nodes).toHaveLength(row?.nodes as number);
  });
});
