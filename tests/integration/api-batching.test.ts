import { describe, expect, it } from 'vitest';
import { STATS_HEADER } from '../../src/plugins/db-stats.js';
import { useCuratedApp } from '../support/curated-app.js';
import { execute, executeText } from '../support/graphql-client.js';
import { NestedMemberships } from '../support/operations.js';

const { app } = useCuratedApp();
const withStats = { [STATS_HEADER]: '1' };

describe('database round trips', () => {
  it('costs 1 round trip for 20 actors, their memberships, and those bodies’ members', async () => {
    const result = await execute(app(), NestedMemberships, { first: 20 }, withStats);
    expect(result.errors).toBeUndefined();
    const actors = result.data?.actors.edges ?? [];
    expect(actors).toHaveLength(20);
    const bodies = actors.flatMap((a) => a.node.memberships.edges);
    expect(bodies.length).toBeGreaterThan(10);
    // The memberships and the bodies' members come with the actors (lookahead, two levels).
    expect(result.extensions?.db?.byName).toEqual({
      'actorsPageWithNested.MEMBER_OF.out.MEMBER_OF.in': 1,
    });
    expect(result.extensions?.db?.roundTrips).toBe(1);
    expect(result.extensions?.db?.ms).toBeGreaterThan(0);
  });

  it('folds in the second level with the same pages as each body asked alone', async () => {
    const nested = `{ actors(first: 20) { edges { node { key memberships { edges { node { key
      ... on Actor { members(first: 3) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor role node { key name } } } } } } } } } } }`;
    const result = await executeText(app(), nested, { headers: withStats });
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.extensions?.db?.byName ?? {})).toContain(
      'actorsPageWithNested.MEMBER_OF.out.MEMBER_OF.in',
    );
    type Body = { key: string; members?: unknown };
    type Actors = { actors: { edges: { node: { memberships: { edges: { node: Body }[] } } }[] } };
    const bodies = (result.data as Actors).actors.edges.flatMap((actor) =>
      actor.node.memberships.edges.map((edge) => edge.node),
    );
    expect(new Set(bodies.map((body) => body.key)).size).toBeGreaterThan(3);
    for (const body of bodies) {
      const alone = await executeText(
        app(),
        `{ actor(key: "${body.key}") { members(first: 3) { totalCount pageInfo { hasNextPage endCursor }
          edges { cursor role node { key name } } } } }`,
      );
      expect(alone.errors, body.key).toBeUndefined();
      const members = (alone.data as { actor: { members: unknown } | null }).actor?.members;
      expect(body.members).toEqual(members);
    }
  });

  it('costs the same round trips for 5 or 50 parents when sources are asked for at each level', async () => {
    const query = (first: number) =>
      `{ actors(first: ${first}) { edges { node { key sources { key } memberships { edges { sources { key } node { key } } } } } } }`;
    const few = await executeText(app(), query(5), { headers: withStats });
    const many = await executeText(app(), query(50), { headers: withStats });
    expect(few.errors ?? many.errors).toBeUndefined();
    // actors with their memberships, and sources (DataLoader may merge the two levels of sources
    // into one, and with few parents every second-level source may already be cached).
    const withMemberships = { 'actorsPageWithRelations.MEMBER_OF.out': 1 };
    expect(many.extensions?.db?.roundTrips).toBeLessThanOrEqual(3);
    expect(many.extensions?.db?.byName).toMatchObject(withMemberships);
    expect(many.extensions?.db?.byName?.sourcesByKeys).toBeLessThanOrEqual(2);
    expect(few.extensions?.db?.byName).toMatchObject(withMemberships);
    expect(few.extensions?.db?.byName?.sourcesByKeys ?? 0).toBeLessThanOrEqual(
      many.extensions?.db?.byName?.sourcesByKeys ?? 0,
    );
  });

  it('answers an actor and its memberships in one statement', async () => {
    const result = await executeText(
      app(),
      '{ actor(key: "mes") { key name memberships { edges { role since { value } node { key name } } } } }',
      { headers: withStats },
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.db?.byName).toEqual({ 'entitiesWithRelations.MEMBER_OF.out': 1 });
  });

  it('folds a connection in through an alias and a fragment', async () => {
    const result = await executeText(
      app(),
      '{ entity(key: "mes") { ...on Actor { joined: members(first: 3) { edges { role node { key } } } } } }',
      { headers: withStats },
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.db?.byName).toEqual({ 'entitiesWithRelations.MEMBER_OF.in': 1 });
    const data = result.data as { entity: { joined: { edges: unknown[] } } };
    expect(data.entity.joined.edges).toHaveLength(3);
  });

  it('leaves a page of every type to its own query', async () => {
    const result = await executeText(
      app(),
      '{ actor(key: "mes") { relations(first: 3) { edges { type node { key } } } } }',
      { headers: withStats },
    );
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.db?.byName).toEqual({ entitiesByKeys: 1, relationsOfKeys: 1 });
  });

  it('batches timelines and neighbours of many actors', async () => {
    const result = await executeText(
      app(),
      '{ actors(first: 30) { edges { node { timeline { year } neighbors(depth: 2) { distance node { key } } } } } }',
      { headers: withStats },
    );
    expect(result.errors).toBeUndefined();
    // actors, relationships for timelines, and every actor's neighbours with their nodes (the
    // first level, shared with subgraph, then the rest).
    expect(result.extensions?.db?.byName).toEqual({
      actorsPage: 1,
      relationsOfKeys: 1,
      firstNeighbours: 1,
      neighborsOfKeys: 1,
    });
  });

  it("answers a subgraph in one statement after its seeds' first neighbours, unknown-key check included; suggestions read only for an unknown key", async () => {
    const query = (keys: string) =>
      `{ subgraph(keys: ${keys}, depth: 2) { truncated nodes { id key } edges { id source target } } }`;
    const found = await executeText(app(), query('["mes"]'), { headers: withStats });
    expect(found.errors).toBeUndefined();
    // A single small seed's first neighbours are walked inside the subgraph statement.
    expect(found.extensions?.db?.byName).toEqual({ subgraph: 1 });
    const missing = await executeText(app(), query('["mes", "atlantis"]'), { headers: withStats });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The error path alone reads the near keys it suggests, in one more statement.
    expect(missing.extensions?.db?.byName).toEqual({
      firstNeighbours: 1,
      subgraph: 1,
      keyCandidates: 1,
    });
  });

  it('answers a shortest path in one statement, missing-key check included; suggestions read only for an unknown key', async () => {
    const query = (to: string) =>
      `{ shortestPath(from: "mes", to: "${to}") { length steps { from { key } to { key } type } } }`;
    const found = await executeText(app(), query('ripess'), { headers: withStats });
    expect(found.errors).toBeUndefined();
    expect(found.extensions?.db?.roundTrips).toBe(1);
    expect(Object.keys(found.extensions?.db?.byName ?? {})).toEqual([
      expect.stringMatching(/^shortestPath\d+$/),
    ]);
    const missing = await executeText(app(), query('atlantis'), { headers: withStats });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.extensions?.db?.byName).toEqual({
      [Object.keys(found.extensions?.db?.byName ?? {})[0] as string]: 1,
      keyCandidates: 1,
    });
  });

  it('adds no extensions without the header', async () => {
    const result = await execute(app(), NestedMemberships, { first: 2 });
    expect(result.extensions).toBeUndefined();
  });
});
