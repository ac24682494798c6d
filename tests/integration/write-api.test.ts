import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { bearer, graphFingerprint, tokenFor } from '../support/auth.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, answerOf, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
let curator: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  curator = bearer(await tokenFor(db(), 'write-test-curator', 'curator'));
  admin = bearer(await tokenFor(db(), 'write-test-admin', 'admin'));
});

async function send(query: string, headers: Record<string, string>, variables?: Answer) {
  return executeText(app(), query, { headers, variables });
}

function ok(query: string, headers: Record<string, string>, variables?: Answer) {
  return answerOf(app(), query, { headers, variables });
}

const ACTOR = /* GraphQL */ `
  query WriteTestEntity($key: String!) {
    entity(key: $key) { key name version origin lastChangedBy aliases ... on Actor { region } sources { key } }
  }`;

const HISTORY = /* GraphQL */ `
  query WriteTestHistory($key: String!) {
    history(key: $key) { edges { node { who operation reason } } }
  }`;

describe('entities: create, update, retire', () => {
  it('creates, updates and retires an actor, each change in history with who and why', async () => {
    const created = await ok(
      `mutation { createEntity(input: { key: "reseau-test-ecrit", kind: Network, name: "Réseau test", country: "FR", region: "FR-OCC", sources: ["S1"] }, reason: "seen in a profile") { version graphVersion entity { key origin lastChangedBy } } }`,
      curator,
    );
    expect(created.createEntity).toMatchObject({
      version: 1,
      entity: { key: 'reseau-test-ecrit', origin: 'api', lastChangedBy: 'write-test-curator' },
    });
    const updated = await ok(
      `mutation { updateEntity(key: "reseau-test-ecrit", expectedVersion: 1, patch: { name: "Réseau test renommé", aliases: ["RT"], region: null }, reason: "renamed in 2024") { version entity { name aliases ... on Actor { region } } } }`,
      curator,
    );
    expect(updated.updateEntity).toEqual({
      version: 2,
      entity: { name: 'Réseau test renommé', aliases: ['RT'], region: null },
    });
    const retired = await ok(
      `mutation { retireEntity(key: "reseau-test-ecrit", expectedVersion: 2, reason: "duplicate of a test") { key version } }`,
      curator,
    );
    expect(retired.retireEntity).toEqual({ key: 'reseau-test-ecrit', version: 3 });
    expect((await ok(ACTOR, {}, { key: 'reseau-test-ecrit' })).entity).toBeNull();
    const history = await ok(HISTORY, {}, { key: 'reseau-test-ecrit' });
    expect(history.history.edges.map((e: Answer) => e.node)).toEqual([
      { who: 'write-test-curator', operation: 'CREATE_ENTITY', reason: 'seen in a profile' },
      { who: 'write-test-curator', operation: 'UPDATE_ENTITY', reason: 'renamed in 2024' },
      { who: 'write-test-curator', operation: 'RETIRE_ENTITY', reason: 'duplicate of a test' },
    ]);
  });

  it('refuses a stale version with CONFLICT and the current version; one of two concurrent updates wins', async () => {
    const { entity } = await ok(ACTOR, {}, { key: 'cesif' });
    const update = (name: string) =>
      send(
        `mutation($v: Int!, $name: String!) { updateEntity(key: "cesif", expectedVersion: $v, patch: { description: $name }) { version } }`,
        curator,
        { v: entity.version, name },
      );
    const results = await Promise.all([update('first curator'), update('second curator')]);
    const winners = results.filter((r) => r.errors === undefined);
    const losers = results.filter((r) => r.errors !== undefined);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]?.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: entity.version + 1,
    });
    const after = await ok('{ entity(key: "cesif") { description version } }', {});
    expect(after.entity.version).toBe(entity.version + 1);
    expect(['first curator', 'second curator']).toContain(after.entity.description);
  });

  it('changes nothing and names the problem for an unknown source, a bad date or an unknown key', async () => {
    const before = await graphFingerprint(db());
    const cases: [string, string, RegExp][] = [
      [
        'mutation { createEntity(input: { key: "x-y", kind: Network, name: "X", sources: ["S99999"] }) { version } }',
        'createEntity.input.sources',
        /unknown source "S99999"/,
      ],
      [
        'mutation { createEntity(input: { key: "x-y", kind: Network, name: "X", founded: { date: "around 2004", sources: ["S1"] }, sources: ["S1"] }) { version } }',
        'createEntity.input.founded.date',
        /is not a date/,
      ],
      [
        'mutation { addRelation(input: { from: "nowhere", type: MEMBER_OF, to: "mes", sources: ["S1"] }) { version } }',
        'addRelation.input.from',
        /no node has the key "nowhere"/,
      ],
      [
        'mutation { createEntity(input: { key: "x-y", kind: Network, name: "X", sources: [] }) { version } }',
        'createEntity.input.sources',
        /at least one source/,
      ],
      [
        'mutation { addRelation(input: { from: "babalex", type: MEMBER_OF, to: "ctc", role: "founding member", sources: ["S1"] }) { version } }',
        'addRelation.input',
        /founding: true/,
      ],
    ];
    for (const [mutation, argument, message] of cases) {
      const result = await send(mutation, curator);
      expect(result.errors?.[0]?.extensions?.argument, mutation).toBe(argument);
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await graphFingerprint(db())).toBe(before);
  });
});

describe('relations: add, update, dispute, retract', () => {
  it('adds, updates, disputes and retracts a relation, each in history', async () => {
    const id = 'novetat|PARTICIPATES_IN|ctc';
    const added = await ok(
      `mutation { addRelation(input: { from: "novetat", type: PARTICIPATES_IN, to: "ctc", since: "2019~", sources: ["S1"] }, reason: "listed in a report") { version relation { id since { value approximate } origin } } }`,
      curator,
    );
    expect(added.addRelation).toEqual({
      version: 1,
      relation: { id, since: { value: '2019~', approximate: true }, origin: 'api' },
    });
    await ok(
      `mutation { updateRelation(id: "${id}", expectedVersion: 1, patch: { role: "working group" }) { version } }`,
      curator,
    );
    const disputed = await ok(
      `mutation { markRelationDisputed(id: "${id}", expectedVersion: 2, disputed: true, note: "S1 says 2019, another page says 2020") { version relation { disputed note role } } }`,
      curator,
    );
    expect(disputed.markRelationDisputed).toEqual({
      version: 3,
      relation: {
        disputed: true,
        note: 'S1 says 2019, another page says 2020',
        role: 'working group',
      },
    });
    const stale = await send(
      `mutation { retractRelation(id: "${id}", expectedVersion: 1, reason: "wrong") { id } }`,
      curator,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
    await ok(
      `mutation { retractRelation(id: "${id}", expectedVersion: 3, reason: "the report was about another body") { id } }`,
      curator,
    );
    const history = await ok(HISTORY, {}, { key: id });
    expect(history.history.edges.map((e: Answer) => e.node.operation)).toEqual([
      'ADD_RELATION',
      'UPDATE_RELATION',
      'MARK_DISPUTED',
      'RETRACT_RELATION',
    ]);
    const memberships = await ok('{ actor(key: "novetat") { participations { totalCount } } }', {});
    expect(memberships.actor.participations.totalCount).toBe(0);
  });
});

describe('merging two actors that are the same', () => {
  it('is admin-only: a curator gets FORBIDDEN', async () => {
    const result = await send(
      'mutation { mergeEntities(keep: "alicescop", keepVersion: 1, merge: "alicecoop", mergeVersion: 1, reason: "same body") { movedRelations } }',
      curator,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('moves relations, sources and names to the kept actor, and the old key keeps answering', async () => {
    const gone = await ok(
      '{ actor(key: "alicecoop") { name sources { key } memberships { edges { node { key } } } } }',
      {},
    );
    const merged = await ok(
      'mutation { mergeEntities(keep: "alicescop", keepVersion: 1, merge: "alicecoop", mergeVersion: 1, reason: "same body under two spellings") { movedRelations entity { key aliases sources { key } } } }',
      admin,
    );
    expect(merged.mergeEntities.movedRelations).toBeGreaterThanOrEqual(1);
    expect(merged.mergeEntities.entity.aliases).toContain(gone.actor.name);
    const keptSources = merged.mergeEntities.entity.sources.map((s: Answer) => s.key);
    for (const source of gone.actor.sources) expect(keptSources).toContain(source.key);
    const byOldKey = await ok(
      '{ actor(key: "alicecoop") { key memberships { edges { node { key } } } } }',
      {},
    );
    expect(byOldKey.actor.key).toBe('alicescop');
    const bodies = byOldKey.actor.memberships.edges.map((e: Answer) => e.node.key);
    for (const edge of gone.actor.memberships.edges) expect(bodies).toContain(edge.node.key);
  });
});

describe('two doors, one graph', () => {
  it('never lets the curated loader overwrite an API edit, and reports the difference', async () => {
    const { entity } = await ok(ACTOR, {}, { key: 'cigales' });
    await ok(
      `mutation { updateEntity(key: "cigales", expectedVersion: ${entity.version}, patch: { description: "Edited through the API" }) { version } }`,
      curator,
    );
    const dataset = readDataset();
    const cigales = dataset.nodes.find((node) => node.key === 'cigales');
    if (cigales) cigales.description = 'Edited in data/ too';
    const summary = await loadDataset(db(), dataset);
    expect(summary.nodes.keptApiEdits).toBeGreaterThanOrEqual(1);
    expect(summary.differsFromApi).toContain('cigales');
    const after = await ok('{ entity(key: "cigales") { description } }', {});
    expect(after.entity.description).toBe('Edited through the API');
  });
});
