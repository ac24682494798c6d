import { describe, expect, it } from 'vitest';
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
    const { entities } = await data(
      '{ entities(families: [Event, Law, PolicyDocument], first: 100) { totalCount edges { node { __typename key } } } }',
    );
    const types = new Set(entities.edges.map((e: Answer) => e.node.__typename));
    expect(types).toEqual(new Set(['Event', 'Law', 'PolicyDocument']));
    expect(entities.totalCount).toBe(entities.edges.length);
    const keys = entities.edges.map((e: Answer) => e.node.key);
    expect(keys).toEqual([...keys].sort());
  });

  it('formats a relation’s sources as a citation', async () => {
    const { relation } = await data(
      '{ relation(id: "mes|MEMBER_OF|ess-france") { citation sources { url } } }',
    );
    for (const source of relation.sources) expect(relation.citation).toContain(source.url);
  });
});
