import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { type App, createApp } from '../../src/yoga.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { DatasetCopy } from '../support/dataset-copy.js';
import { MES_FOUNDING_MEMBERS } from '../support/facts.js';
import { type Answer, answerOf } from '../support/graphql-client.js';

// The curated graph plus one invented actor that uses every field real profiles need.
const PROFILE_ACTOR = `
- key: reseau-exemple-des-vallees
  kind: Network
  name: Réseau exemple des vallées
  country: FR
  region: FR-OCC
  scope: regional
  areas: [FR, ES]
  founded:
    date: "[2002,2003]"
    sources: [S1]
    stages:
      - { stage: manifesto, date: 2001~, sources: [S1] }
      - { stage: constituent assembly, date: 2003-05, place: Toulouse, sources: [S1] }
  memberCounts:
    - { count: 16, unit: networks, asOf: 2021, sources: [S1] }
    - { count: 2500, unit: structures, asOf: "2021?", sources: [S1] }
  resourceCounts: { publications: 2, trainings: 1, podcasts: 3 }
  sources: [S1]`;

let db: Database;
let app: App;

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db, new DatasetCopy().append('actors.yaml', PROFILE_ACTOR).dir);
  app = createApp({ db });
});

afterAll(() => db.close());

function data(query: string): Promise<Answer> {
  return answerOf(app, query);
}

describe('where an actor is', () => {
  it('filters actors by ISO 3166-2 region', async () => {
    const { actors } = await data(
      '{ actors(filter: { region: "FR-OCC" }) { edges { node { key ... on Actor { region } } } } }',
    );
    const keys = actors.edges.map((e: Answer) => e.node.key);
    expect(keys).toContain('reseau-exemple-des-vallees');
    expect(keys).toContain('mes-occitanie');
    expect(keys).not.toContain('mes');
  });

  it('filters actors by an area they work across (a country or a UN M49 region)', async () => {
    const spain = await data('{ actors(filter: { area: "ES" }) { edges { node { key } } } }');
    expect(JSON.stringify(spain)).toContain('reseau-exemple-des-vallees');
    const europe = await data('{ actors(filter: { area: "150" }) { edges { node { key } } } }');
    expect(JSON.stringify(europe)).toContain('ripess-europe');
  });
});

describe('size, stages, uncertain dates and open resource types', () => {
  it('answers member counts as sourced, dated facts', async () => {
    const { actor } = await data(
      '{ actor(key: "reseau-exemple-des-vallees") { memberCounts { count unit asOf { value uncertain } sources { key } } } }',
    );
    expect(actor).toEqual({
      memberCounts: [
        {
          count: 16,
          unit: 'networks',
          asOf: { value: '2021', uncertain: false },
          sources: [{ key: 'S1' }],
        },
        {
          count: 2500,
          unit: 'structures',
          asOf: { value: '2021?', uncertain: true },
          sources: [{ key: 'S1' }],
        },
      ],
    });
  });

  it('answers a founding in stages with an uncertain "one of" date', async () => {
    const { actor } = await data(
      `{ actor(key: "reseau-exemple-des-vallees") { founded {
          date { value year latestYear uncertain oneOf }
          stages { stage place date { value approximate precision } }
        } } }`,
    );
    expect(actor).toEqual({
      founded: {
        date: {
          value: '[2002,2003]',
          year: 2002,
          latestYear: 2003,
          uncertain: true,
          oneOf: ['2002', '2003'],
        },
        stages: [
          {
            stage: 'manifesto',
            place: null,
            date: { value: '2001~', approximate: true, precision: 'YEAR' },
          },
          {
            stage: 'constituent assembly',
            place: 'Toulouse',
            date: { value: '2003-05', approximate: false, precision: 'MONTH' },
          },
        ],
      },
    });
  });

  it('keeps a resource type outside the known vocabulary under its own key', async () => {
    const { actor } = await data(
      '{ actor(key: "reseau-exemple-des-vallees") { resourceCounts { type key label labelFr count } } }',
    );
    expect(actor).toEqual({
      resourceCounts: [
        {
          type: 'PUBLICATIONS',
          key: 'publications',
          label: 'publication',
          labelFr: 'publication',
          count: 2,
        },
        { type: 'TRAININGS', key: 'trainings', label: 'training', labelFr: 'formation', count: 1 },
        { type: null, key: 'podcasts', label: 'podcasts', labelFr: null, count: 3 },
      ],
    });
  });

  it('shows Urgenci’s approximate, disputed founding year', async () => {
    const { actor } = await data(
      '{ actor(key: "urgenci") { founded { disputed date { value approximate } alternatives { date } } } }',
    );
    expect(actor).toMatchObject({
      founded: { disputed: true, date: { value: '2004~', approximate: true } },
    });
  });
});

describe('founders and every node family', () => {
  it('lists MES’s founders: its nine founding members', async () => {
    const { actor } = await data(
      '{ actor(key: "mes") { founders { foundingMember node { key } relation { type founding } } } }',
    );
    const founders: Answer[] = actor.founders;
    expect(founders.map((f) => f.node.key).sort()).toEqual([...MES_FOUNDING_MEMBERS].sort());
    expect(founders.every((f) => f.foundingMember)).toBe(true);
  });

  it('fetches an event by key through `entity`', async () => {
    const { entity } = await data(
      '{ entity(key: "lux09") { __typename key ... on Event { date { year } } } }',
    );
    expect(entity).toMatchObject({ __typename: 'Event', key: 'lux09', date: { year: 2009 } });
  });

  it('finds a law by searching every family', async () => {
    const { searchEntities } = await data(
      '{ searchEntities(query: "loi economie sociale solidaire 2014") { node { __typename key } } }',
    );
    expect(searchEntities[0]?.node).toEqual({
      __typename: 'Law',
      key: 'loi-ess-2014',
    });
  });

  it('finds only the families asked for', async () => {
    const { searchEntities } = await data(
      '{ searchEntities(query: "forum", families: [Event]) { node { __typename } } }',
    );
    const types = searchEntities.map((h: Answer) => h.node.__typename);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Event']));
  });
});
