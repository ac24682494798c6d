import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLSchema } from 'graphql';
import type { Database } from '../../src/db/database.js';
import { encodeRelationCursor } from '../../src/graph/relation-cursor.js';
import { readGraphVersion } from '../../src/history/graph-version.js';
import { fullSelection } from './schema-coverage.js';
import { SYNTHETIC_PREFIX } from './synthetic-graph.js';

/** One root field at a worst case, as a GraphQL request. */
export interface WorstCase {
  name: string;
  query: string;
  /** An error code that is this case's right answer where the graph is over a bound. */
  refusal?: string;
  /** Clear the answers the API keeps between requests (`stats`) before each run. */
  uncached?: boolean;
  /** Sent with a curator's token (fields for curators, `viewer`). */
  curator?: boolean;
}

/** Where the graph being measured (curated or synthetic) is at its biggest. */
export interface Targets {
  /** The two bodies with the most members, biggest first. */
  hub: string;
  hub2: string;
  /** The 50 bodies with the most members. */
  bodies: string[];
  /** The 50 actors that are members of (or take part in) the most bodies. */
  joiners: string[];
  /** The last actor by key. */
  lastActor: string;
  /** The member of `hub` before its last page of 100. */
  deepMember: string;
  /** The graph's current version. */
  version: number;
}

/** The cursor `actors` hands out for a key (see src/schema/actors.ts). */
const actorCursor = (key: string) => Buffer.from(`actor:${key}`).toString('base64url');
/** The cursor `entities` hands out for a key (see src/schema/entities.ts). */
const entityCursor = (key: string) => Buffer.from(`entity:${key}`).toString('base64url');
/** The cursor of the change after which the last page starts: change sequence numbers. */
const changeCursor = (seq: number) => Buffer.from(`change:${seq}`).toString('base64url');
/** The cursors `commonMembersPage` and `evolutionPage` hand out (src/schema/common-members.ts, evolution.ts). */
const memberCursor = (key: string) => Buffer.from(`member:${key}`).toString('base64url');
const evolutionCursor = (year: number, from: string, to: string) =>
  Buffer.from(`evolution:${year}|BEGAN|${from}|MEMBER_OF|${to}`).toString('base64url');
const proposalCursor = (id: string) => Buffer.from(`proposal:${id}`).toString('base64url');

const keyList = (keys: string[]) => `[${keys.map((k) => JSON.stringify(k)).join(', ')}]`;

/** The graph's worst places: hubs by members, actors by affiliations, the deepest member page. */
export async function findTargets(db: Database, part: 'curated' | 'synthetic'): Promise<Targets> {
  const only = `WHERE ${part === 'curated' ? 'NOT ' : ''}n.key STARTS WITH $prefix`;
  const params = { prefix: SYNTHETIC_PREFIX };
  const bodies = await db.read(
    `MATCH (n:Actor) ${only}
     WITH n, COUNT { (n)<-[:MEMBER_OF]-() } AS members ORDER BY members DESC, n.key LIMIT 50
     RETURN n.key AS key`,
    params,
  );
  const joiners = await db.read(
    `MATCH (n:Actor) ${only}
     WITH n, COUNT { (n)-[:MEMBER_OF|PARTICIPATES_IN]->() } AS bodies
     ORDER BY bodies DESC, n.key LIMIT 50
     RETURN n.key AS key`,
    params,
  );
  const hub = String(bodies[0]?.key);
  const [deep] = await db.read(
    `MATCH (m:Entity)-[:MEMBER_OF]->(:Entity {key: $hub})
     WITH m.key AS key ORDER BY key
     WITH collect(key) AS keys
     RETURN keys[CASE WHEN size(keys) > 101 THEN size(keys) - 101 ELSE 0 END] AS key`,
    { hub },
  );
  const [last] = await db.read(`MATCH (n:Actor) ${only} RETURN max(n.key) AS key`, params);
  return {
    hub,
    hub2: String(bodies[1]?.key ?? hub),
    bodies: bodies.map((row) => String(row.key)),
    joiners: joiners.map((row) => String(row.key)),
    lastActor: String(last?.key),
    deepMember: String(deep?.key ?? hub),
    version: (await readGraphVersion(db)).version,
  };
}

/**
 * Every root field where it costs most (the biggest hub, the deepest page, the widest filter, the
 * largest limit), lean and with every field (`fullSelection`), and every argument of a field a
 * query can reach. `tests/unit/worst-cases.test.ts` fails when the schema has one no case covers.
 */
export function worstCases(schema: GraphQLSchema, t: Targets): WorstCase[] {
  const full = (field: string) => fullSelection(schema, field);
  const hub = JSON.stringify(t.hub);
  const hubNode = (selection: string) => `{ actor(key: ${hub}) ${selection} }`;
  const members = encodeRelationCursor({
    type: 'MEMBER_OF',
    otherKey: t.deepMember,
    fromKey: t.deepMember,
  });
  // A position inside the hub's in-edges, for pages of other relationships of the hub.
  const inHub = encodeRelationCursor({ type: 'MEMBER_OF', otherKey: t.hub, fromKey: t.deepMember });
  // A page of one type takes a cursor of that type: past the deep member, for pages of the hub.
  const past = (type: 'MEMBER_OF' | 'PARTICIPATES_IN') =>
    encodeRelationCursor({ type, otherKey: t.deepMember, fromKey: t.deepMember });
  const relationId = JSON.stringify(`${t.deepMember}|MEMBER_OF|${t.hub}`);
  const page = 'totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor }';
  const relationPage =
    'totalCount edges { cursor role node { key name } } pageInfo { hasNextPage }';
  const hubId = encodeGlobalID('Actor', t.hub);
  const paris = '{ latitude: 48.8566, longitude: 2.3522, radiusKm: 500 }';
  return [
    { name: 'actor: hub, every field', query: `{ actor(key: ${hub}) ${full('actor')} }` },
    {
      name: 'actor: hub members, first 100 + totalCount',
      query: hubNode(`{ members(first: 100) { ${relationPage} } }`),
    },
    {
      name: 'actor: hub members, last page',
      query: hubNode(`{ members(first: 100, after: "${members}") { edges { node { key } } } }`),
    },
    {
      name: 'actor: hub members activeAt 2010 + totalCount',
      query: hubNode(`{ members(first: 100, activeAt: 2010) { ${relationPage} } }`),
    },
    {
      name: 'actor: hub memberships activeAt, after + totalCount',
      query: hubNode(
        `{ memberships(first: 100, activeAt: 2010, after: "${past('MEMBER_OF')}") { ${relationPage} } }`,
      ),
    },
    {
      name: 'actor: hub participants activeAt, after + totalCount',
      query: hubNode(
        `{ participants(first: 100, activeAt: 2010, after: "${past('PARTICIPATES_IN')}") { ${relationPage} } }`,
      ),
    },
    {
      name: 'actor: hub participations activeAt, after + totalCount',
      query: hubNode(
        `{ participations(first: 100, activeAt: 2010, after: "${past('PARTICIPATES_IN')}") { ${relationPage} } }`,
      ),
    },
    {
      name: 'actor: hub relations, both directions + totalCount',
      query: hubNode(`{ relations(first: 100) { ${relationPage} } }`),
    },
    {
      name: 'actor: hub relations incoming MEMBER_OF activeAt, after + totalCount',
      query: hubNode(
        `{ relations(first: 100, direction: INCOMING, types: [MEMBER_OF], activeAt: 2010, after: "${past('MEMBER_OF')}") { ${relationPage} } }`,
      ),
    },
    {
      name: 'actor: hub neighbors depth 2',
      query: hubNode('{ neighbors(depth: 2) { distance node { key } } }'),
    },
    {
      name: 'actor: hub neighbors depth 3, MEMBER_OF only',
      query: hubNode(
        '{ neighbors(depth: 3, relationTypes: [MEMBER_OF]) { distance node { key } } }',
      ),
    },
    {
      name: 'actor: hub timeline',
      query: hubNode('{ timelineTruncated timeline { year summary } }'),
    },
    { name: 'actors: first 100', query: '{ actors(first: 100) { edges { node { key name } } } }' },
    { name: 'actors: first 100, every field', query: `{ actors(first: 100) ${full('actors')} }` },
    {
      name: 'actors: last page',
      query: `{ actors(first: 100, after: "${actorCursor(t.lastActor)}") { edges { node { key } } pageInfo { hasNextPage } } }`,
    },
    {
      name: 'actors: memberOf hub, activeAt + totalCount',
      query: `{ actors(first: 100, filter: { memberOf: ${hub}, activeAt: 2015 }) { ${page} } }`,
    },
    {
      name: 'actors: memberOf hub, activeAt, country + totalCount',
      query: `{ actors(first: 100, filter: { memberOf: ${hub}, activeAt: 2010, country: "FR" }) { ${page} } }`,
    },
    {
      name: 'actors: text "economie" + totalCount',
      query: `{ actors(first: 100, filter: { text: "economie" }) { ${page} } }`,
    },
    {
      name: 'actors: kind, scope, country + totalCount',
      query: `{ actors(first: 100, filter: { kind: Network, scope: NATIONAL, country: "FR" }) { ${page} } }`,
    },
    {
      name: 'actors: region, area + totalCount',
      query: `{ actors(first: 100, filter: { region: "FR-IDF", area: "150" }) { ${page} } }`,
    },
    {
      name: 'actors: near Paris 500 km + totalCount',
      query: `{ actors(first: 100, filter: { near: ${paris} }) { ${page} } }`,
    },
    { name: 'apiVersion', query: '{ apiVersion }' },
    {
      name: 'changes: first 100, every field',
      query: `{ changes(first: 100) ${full('changes')} }`,
    },
    {
      name: 'changes: versions, times, after',
      query: `{ changes(first: 100, fromVersion: 0, toVersion: ${t.version}, since: "2000-01-01T00:00:00Z", until: "2100-01-01T00:00:00Z", after: "${changeCursor(1)}") { ${page.replace('key', 'at')} } }`,
    },
    {
      name: 'commonMembers: two biggest hubs (refused over 500)',
      query: `{ commonMembers(keys: ${keyList([t.hub, t.hub2])}) { key } }`,
      refusal: 'BAD_USER_INPUT',
    },
    {
      name: 'commonMembers: two biggest hubs, every field (refused over 500)',
      query: `{ commonMembers(keys: ${keyList([t.hub, t.hub2])}) ${full('commonMembers')} }`,
      refusal: 'BAD_USER_INPUT',
    },
    {
      name: 'commonMembersPage: two biggest hubs, first 100 + totalCount',
      query: `{ commonMembersPage(keys: ${keyList([t.hub, t.hub2])}, first: 100) { totalCount edges { node { key } } } }`,
    },
    {
      name: 'commonMembersPage: two biggest hubs, after, every field',
      query: `{ commonMembersPage(keys: ${keyList([t.hub, t.hub2])}, first: 100, after: "${memberCursor(t.deepMember)}") ${full('commonMembersPage')} }`,
    },
    { name: 'diff: whole history, every field', query: `{ diff ${full('diff')} }` },
    {
      name: 'diff: versions 0 to now',
      query: `{ diff(fromVersion: 0, toVersion: ${t.version}) { changes } }`,
    },
    {
      name: 'disputedFacts: first 20 + totalCount',
      query: '{ disputedFacts(first: 20) { totalCount facts { kind } } }',
    },
    {
      name: 'disputedFacts: offset 1000, first 100, every field',
      query: `{ disputedFacts(first: 100, offset: 1000) ${full('disputedFacts')} }`,
    },
    { name: 'entities: first 100 + totalCount', query: `{ entities(first: 100) { ${page} } }` },
    {
      name: 'entities: actors and events, last page, every field',
      query: `{ entities(first: 100, families: [Actor, Event], after: "${entityCursor(t.lastActor)}") ${full('entities')} }`,
    },
    { name: 'entity: hub', query: `{ entity(key: ${hub}) { key name } }` },
    { name: 'entity: hub, every field', query: `{ entity(key: ${hub}) ${full('entity')} }` },
    { name: 'evolution: 2010 to 2010', query: '{ evolution(from: 2010, to: 2010) { year } }' },
    {
      name: 'evolution: 1990 to 2025, every field',
      query: `{ evolution(from: 1990, to: 2025) ${full('evolution')} }`,
    },
    {
      name: 'evolutionPage: 2010 to 2010, first 100 + totalCount',
      query:
        '{ evolutionPage(from: 2010, to: 2010, first: 100) { totalCount edges { node { year } } } }',
    },
    {
      name: 'evolutionPage: 1990 to 2025, after, every field',
      query: `{ evolutionPage(from: 1990, to: 2025, first: 100, after: "${evolutionCursor(2010, t.deepMember, t.hub)}") ${full('evolutionPage')} }`,
    },
    { name: 'graphVersion', query: `{ graphVersion ${full('graphVersion')} }` },
    {
      name: 'history: hub with its relations, every field',
      query: `{ history(key: ${hub}, first: 100) ${full('history')} }`,
    },
    {
      name: 'history: hub alone, after',
      query: `{ history(key: ${hub}, first: 100, includeRelations: false, after: "${changeCursor(1)}") { ${page.replace('key', 'at')} } }`,
    },
    {
      name: 'metrics: hub depth 1 (refused over 2,000 nodes)',
      query: `{ metrics(keys: [${hub}], depth: 1) { communities nodes { key pagerank } } }`,
      refusal: 'BAD_USER_INPUT',
    },
    {
      name: 'metrics: 50 biggest bodies depth 3 activeAt, every field (refused)',
      query: `{ metrics(keys: ${keyList(t.bodies)}, depth: 3, activeAt: 2010, orderBy: BETWEENNESS, top: 2000) ${full('metrics')} }`,
      refusal: 'BAD_USER_INPUT',
    },
    {
      name: 'metrics: whole graph (refused)',
      query: '{ metrics { communities } }',
      refusal: 'BAD_USER_INPUT',
    },
    { name: 'node: hub by global ID', query: `{ node(id: "${hubId}") { id } }` },
    {
      name: 'node: hub by global ID, every field',
      query: `{ node(id: "${hubId}") ${full('node')} }`,
    },
    {
      name: 'proposals: pending, every field',
      query: `{ proposals(first: 100, status: PENDING) ${full('proposals')} }`,
      curator: true,
    },
    {
      name: 'proposals: after a cursor',
      query: `{ proposals(first: 100, after: "${proposalCursor('0')}") { ${page.replace('key', 'id')} } }`,
      curator: true,
    },
    { name: 'relation: a hub membership', query: `{ relation(id: ${relationId}) { id } }` },
    {
      name: 'relation: a hub membership, every field',
      query: `{ relation(id: ${relationId}) ${full('relation')} }`,
    },
    {
      name: 'relations: first 100, every field',
      query: `{ relations(first: 100) ${full('relations')} }`,
    },
    {
      name: 'relations: hub MEMBER_OF activeAt, after + totalCount',
      query: `{ relations(first: 100, after: "${inHub}", filter: { keys: [${hub}], types: [MEMBER_OF], activeAt: 2010 }) { totalCount edges { node { id } } } }`,
    },
    {
      // Every type's count of the hub in a year: the statement CI once saw plan past the deadline.
      name: 'relations: hub every type activeAt + totalCount',
      query: `{ relations(first: 100, filter: { keys: [${hub}], activeAt: 2010 }) { totalCount edges { node { id } } } }`,
    },
    {
      name: 'relations: disputed + totalCount',
      query:
        '{ relations(first: 100, filter: { disputed: true }) { totalCount edges { node { id } } } }',
    },
    {
      name: 'relations: 2 to 50 sources, origin api (rejects most) + totalCount',
      query:
        '{ relations(first: 100, filter: { minSources: 2, maxSources: 50, origin: "api" }) { totalCount edges { node { id } } } }',
    },
    {
      name: 'search: 100 hits',
      query: '{ search(query: "synthetic network", first: 100) { score actor { key } } }',
    },
    {
      name: 'search: 100 hits, every field',
      query: `{ search(query: "synthetic network", first: 100) ${full('search')} }`,
    },
    {
      name: 'searchEntities: 100 hits',
      query: '{ searchEntities(query: "synthetic network", first: 100) { score node { key } } }',
    },
    {
      name: 'searchEntities: actors and events, every field',
      query: `{ searchEntities(query: "synthetic network", first: 100, families: [Actor, Event]) ${full('searchEntities')} }`,
    },
    {
      name: 'sharedAffiliationDetails: 50 most affiliated actors',
      query: `{ sharedAffiliationDetails(keys: ${keyList(t.joiners)}) { body { key } sharedSince } }`,
    },
    {
      name: 'sharedAffiliationDetails: 50 most affiliated actors, every field',
      query: `{ sharedAffiliationDetails(keys: ${keyList(t.joiners)}) ${full('sharedAffiliationDetails')} }`,
    },
    {
      name: 'sharedAffiliations: 50 most affiliated actors',
      query: `{ sharedAffiliations(keys: ${keyList(t.joiners)}) { key } }`,
    },
    {
      name: 'sharedAffiliations: 50 most affiliated actors, every field',
      query: `{ sharedAffiliations(keys: ${keyList(t.joiners)}) ${full('sharedAffiliations')} }`,
    },
    {
      name: 'shortestPath: hub to last actor, 8 hops',
      query: `{ shortestPath(from: ${hub}, to: ${JSON.stringify(t.lastActor)}, maxHops: 8) { length } }`,
    },
    {
      name: 'shortestPath: hub to last actor, MEMBER_OF, every field',
      query: `{ shortestPath(from: ${hub}, to: ${JSON.stringify(t.lastActor)}, maxHops: 8, relationTypes: [MEMBER_OF]) ${full('shortestPath')} }`,
    },
    {
      name: 'stats: top 100, uncached, every field',
      query: `{ stats(top: 100) ${full('stats')} }`,
      uncached: true,
    },
    { name: 'stats: counts, uncached', query: '{ stats { nodes relations } }', uncached: true },
    {
      name: 'subgraph: hub depth 3, limit 2000',
      query: `{ subgraph(keys: [${hub}], depth: 3, limit: 2000) { truncated nodes { id key } edges { id source target } } }`,
    },
    {
      name: 'subgraph: hub depth 3, every field, limit 700 (under the complexity bound)',
      query: `{ subgraph(keys: [${hub}], depth: 3, limit: 700) ${full('subgraph')} }`,
    },
    {
      name: 'subgraph: 50 biggest bodies depth 1, limit 2000',
      query: `{ subgraph(keys: ${keyList(t.bodies)}, depth: 1, limit: 2000) { truncated nodes { key } edges { id } } }`,
    },
    {
      name: 'subgraph: hub depth 3, activeAt, MEMBER_OF, limit 2000',
      query: `{ subgraph(keys: [${hub}], depth: 3, limit: 2000, activeAt: 2010, relationTypes: [MEMBER_OF]) { truncated nodes { key } edges { id } } }`,
    },
    {
      name: 'viewer (curator token), every field',
      query: `{ viewer ${full('viewer')} }`,
      curator: true,
    },
  ];
}
