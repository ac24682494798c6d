import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app } = useCuratedApp();

function data(query: string): Promise<Answer> {
  return answerOf(app(), query);
}

describe('evolution, entities and citations', () => {
  it('lists what began and ended in a period, in date order', async () => {
    const { evolution } = await data(
      '{ evolution(from: 2015, to: 2015) { year change relation { id } } }',
    );
    const steps = evolution.map((s: Answer) => `${s.change} ${s.relation.id}`);
    expect(steps).toContain('BEGAN mes|MEMBER_OF|ess-france');
    expect(steps).toContain('ENDED ess-france|SUCCEEDED|ceges');
    expect(evolution.every((s: Answer) => s.year === 2015)).toBe(true);
  });

  it('refuses a period that ends before it starts, naming the argument', async () => {
    const result = await executeText(app(), '{ evolution(from: 2020, to: 2010) { year } }');
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'evolution.to',
    });
  });

  it('pages through events, laws and documents as well as actors', async () => {
    const edges: Answer[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page += 1) {
      const { entities } = await data(
        `{ entities(families: [Event, Law, PolicyDocument], first: 100${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { __typename key } } } }`,
      );
      totalCount = entities.totalCount;
      edges.push(...entities.edges);
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    const types = new Set(edges.map((e) => e.node.__typename));
    expect(types).toEqual(new Set(['Event', 'Law', 'PolicyDocument']));
    expect(totalCount).toBe(edges.length);
    expect(totalCount).toBe(readDataset().nodes.filter((n) => n.family !== 'Actor').length);
    const keys = edges.map((e) => e.node.key);
    expect(keys).toEqual([...new Set(keys)].sort());
  });

  it('formats a relation’s sources as a citation', async () => {
    const { relation } = await data(
      '{ relation(id: "mes|MEMBER_OF|ess-france") { citation sources { url } } }',
    );
    for (const source of relation.sources) expect(relation.citation).toContain(source.url);
  });

  it('answers the README’s example of the model’s fields as the README says', async () => {
    const answer = await data(`{
      actors(filter: { region: "FR-OCC" }) { edges { node { key } } }
      actor(key: "ufisc") { memberCounts { count unit sources { key } } }
      entity(key: "lux09") { __typename note }
      searchEntities(query: "loi 2014", families: [Law]) { node { key } }
    }`);
    expect(answer.actors.edges.map((e: Answer) => e.node.key)).toEqual(
      expect.arrayContaining(['cress-occitanie', 'mes-occitanie']),
    );
    expect(answer.actor.memberCounts).toEqual([
      { count: 16, unit: 'networks', sources: [{ key: 'S48' }] },
      { count: 2500, unit: 'structures', sources: [{ key: 'S48' }] },
    ]);
    expect(answer.entity.__typename).toBe('Event');
    expect(answer.entity.note).toBeTruthy();
    expect(answer.searchEntities[0]?.node.key).toBe('loi-ess-2014');
  });

  it('answers the README’s queries of relations, subgraph, metrics and history as written', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const spans = [...readme.matchAll(/`(\{[^`]+\})`/g)].map((m) => m[1] ?? '');
    const examples = [...blocks, ...spans].filter(
      (text) =>
        !text.trimStart().startsWith('mutation') &&
        /\b(relations\(filter|subgraph\(|metrics\(|history\()/.test(text),
    );
    expect(examples.length).toBeGreaterThanOrEqual(4);
    const answers: Answer[] = [];
    for (const example of examples) answers.push(await data(example));
    const byField = (field: string) => answers.filter((answer) => field in answer);
    const inYear = byField('subgraph').find((answer) =>
      examples[answers.indexOf(answer)]?.includes('activeAt: 2012'),
    );
    const keys = inYear?.subgraph.nodes.map((node: Answer) => node.key);
    expect(keys).toContain('ripess-europe');
    expect(keys).not.toContain('ess-france');
    const relations = byField('disputed')[0];
    expect(relations?.disputed.totalCount).toBeGreaterThan(0);
    expect(relations?.mesIn2012.edges.length).toBe(relations?.mesIn2012.totalCount);
    expect(byField('metrics').some((answer) => answer.metrics.nodes.length === 3)).toBe(true);
  });
});
