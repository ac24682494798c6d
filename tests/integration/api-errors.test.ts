import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/yoga.js';
import { useCuratedApp } from '../support/curated-app.js';
import { connectTestDatabase } from '../support/database.js';
import { execute, executeText, firstError } from '../support/graphql-client.js';
import {
  ActorsPage,
  Members,
  Memberships,
  Neighbors,
  ShortestPath,
  Subgraph,
} from '../support/operations.js';

const { app } = useCuratedApp();

describe('bounds: each error names the argument and the limit', () => {
  it.each([
    [
      'actors.first',
      () => execute(app(), ActorsPage, { first: 101 }),
      /between 1 and 100, got 101/,
    ],
    [
      'memberships.first',
      () => execute(app(), Memberships, { key: 'mes', first: 101 }),
      /between 1 and 100/,
    ],
    [
      'shortestPath.maxHops',
      () => execute(app(), ShortestPath, { from: 'mes', to: 'ripess', maxHops: 9 }),
      /between 1 and 8, got 9/,
    ],
    [
      'subgraph.depth',
      () => execute(app(), Subgraph, { keys: ['mes'], depth: 4 }),
      /between 0 and 3, got 4/,
    ],
    [
      'subgraph.limit',
      () => execute(app(), Subgraph, { keys: ['mes'], limit: 2001 }),
      /between 1 and 2000, got 2001/,
    ],
    [
      'neighbors.depth',
      () => execute(app(), Neighbors, { key: 'mes', depth: 4 }),
      /between 1 and 3, got 4/,
    ],
    [
      'members.activeAt',
      () => execute(app(), Members, { key: 'mes', activeAt: 20 }),
      /four-digit year/,
    ],
  ])('%s', async (argument, run, message) => {
    const result = await run();
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(firstError(result).message).toMatch(message);
    expect(firstError(result).message).toContain(`"${argument}"`);
  });

  it('rejects too many keys and empty keys', async () => {
    const many = await execute(app(), Subgraph, {
      keys: Array.from({ length: 51 }, (_, i) => `k${i}`),
    });
    expect(firstError(many)).toMatchObject({ argument: 'subgraph.keys' });
    expect(firstError(many).message).toMatch(/at most 50 keys, got 51/);
  });

  it('refuses queries nested deeper than 12 levels', async () => {
    const deep = `{ actor(key: "mes") { ${'memberships { edges { node { ... on Actor { '.repeat(4)} key ${'} } } }'.repeat(4)} } }`;
    const result = await executeText(app(), deep);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.data?.actor ?? null).toBeNull();
  });

  it('prices lists by their size: neighbours of every node of a large subgraph are refused', async () => {
    const heavy =
      '{ subgraph(keys: ["mes"], depth: 3, limit: 2000) { nodes { entity { ... on Actor { neighbors(depth: 3) { node { key } } } } } } }';
    const result = await executeText(app(), heavy);
    expect(result.errors?.[0]?.message).toMatch(/complexity/i);
  });

  it('refuses queries whose cost exceeds the complexity limit', async () => {
    const costly =
      '{ actors(first: 100) { edges { node { memberships(first: 100) { edges { node { ... on Actor { members(first: 100) { edges { node { key } } } } } } } } } } }';
    const result = await executeText(app(), costly);
    expect(result.errors?.[0]?.message).toMatch(/complexity/i);
  });
});

describe('unknown keys', () => {
  it('gives null for actor(key:) and an error naming the key for path ends', async () => {
    const from = await execute(app(), ShortestPath, { from: 'atlantis', to: 'mes' });
    expect(firstError(from)).toMatchObject({ code: 'NOT_FOUND', argument: 'shortestPath.from' });
    expect(firstError(from).message).toContain('"atlantis"');
    const to = await execute(app(), ShortestPath, { from: 'mes', to: 'atlantis' });
    expect(firstError(to)).toMatchObject({ code: 'NOT_FOUND', argument: 'shortestPath.to' });
    const subgraph = await execute(app(), Subgraph, { keys: ['mes', 'atlantis'] });
    expect(firstError(subgraph)).toMatchObject({ code: 'NOT_FOUND', argument: 'subgraph.keys' });
    const shared = await executeText(
      app(),
      '{ sharedAffiliations(keys: ["mes", "atlantis"]) { key } }',
    );
    expect(firstError(shared)).toMatchObject({
      code: 'NOT_FOUND',
      argument: 'sharedAffiliations.keys',
    });
  });
});

describe('internal errors', () => {
  it('are masked: no stack, no driver message, when the database is gone', async () => {
    const db = await connectTestDatabase();
    const broken = createApp({ db });
    await db.close();
    const result = await execute(broken, Memberships, { key: 'mes' });
    // A closed database fails its reads with DATABASE_UNAVAILABLE (closed-signal.ts), not the driver's error.
    expect(result.errors?.[0]?.message).toBe(
      'The database is unavailable right now; try again shortly.',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(result)).not.toMatch(/neo4j|Pool|at \w+ \(/i);
  });

  it('reports a bad argument type precisely, before anything runs', async () => {
    const result = await executeText(
      app(),
      '{ subgraph(keys: "mes", depth: "two") { truncated } }',
    );
    expect(result.errors?.[0]?.message).toMatch(/Int cannot represent non-integer value: "two"/);
  });
});
