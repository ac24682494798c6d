import type { Database } from '../../src/db/database.js';
import { namedStatement } from '../../src/db/query.js';
import { refreshMemberWindow } from '../../src/model/active-at.js';
import { parsePartialDate } from '../../src/model/dates.js';
import { RECOUNT_ALL_EVOLUTION } from '../../src/model/evolution-counts.js';
import { entityLabels, entityToProps, relationToProps } from '../../src/model/storage.js';
import type { Entity, Relation } from '../../src/model/types.js';
import { ACTOR_KINDS, type ActorKind, type RelationType } from '../../src/model/vocabulary.js';

/** Every synthetic node carries this key prefix and `synthetic: true`, so it can be removed. */
export const SYNTHETIC_PREFIX = 'syn-';
const BATCH = 10_000;
const HUBS = 20;
const KINDS = Object.keys(ACTOR_KINDS) as ActorKind[];
const COUNTRIES = ['FR', 'ES', 'IT', 'BE', 'CA', 'BR', 'SN', 'DE'];
const OTHER_TYPES: RelationType[] = ['PARTICIPATES_IN', 'FOUNDED', 'PART_OF', 'FUNDS'];

export interface SyntheticShape {
  edges: number;
  actors: number;
  /** Keys of the hubs, biggest first, with their members. */
  hubs: { key: string; members: number }[];
}

/** A deterministic pseudo-random sequence, so two runs build the same graph. */
function random(seed: number): () => number {
  // mulberry32: 32-bit integer arithmetic throughout (a float LCG lost precision and cycled early).
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const keyOf = (index: number) => `${SYNTHETIC_PREFIX}${String(index).padStart(7, '0')}`;

function actor(index: number, next: () => number): Entity {
  const kind = KINDS[index % KINDS.length] as ActorKind;
  const country = COUNTRIES[index % COUNTRIES.length] as string;
  const name = `Synthetic ${kind} ${index}`;
  return {
    key: keyOf(index),
    family: 'Actor',
    kind,
    name,
    names: { fr: name, en: name },
    aliases: [],
    description: `A generated ${kind} in ${country}, for load tests.`,
    date: parsePartialDate(1950 + Math.floor(next() * 70)),
    country,
    scope: index < HUBS ? 'international' : 'national',
    areas: [],
    resourceCounts: {},
    memberCounts: [],
    disputed: false,
    sources: ['syn-source'],
  };
}

function relation(from: number, type: RelationType, to: number, next: () => number): Relation {
  const since = 1990 + Math.floor(next() * 35);
  return {
    from: keyOf(from),
    type,
    to: keyOf(to),
    since: parsePartialDate(since),
    role: next() < 0.1 ? 'board member' : undefined,
    founding: false,
    attested: next() < 0.2 ? [since + 1] : [],
    disputed: next() < 0.01,
    sources: ['syn-source'],
  };
}

/** Power-law hubs: hub i takes a share of half the edges proportional to 1/i. */
export function shapeOf(edges: number): SyntheticShape {
  const actors = Math.max(1_000, Math.floor(edges / 5));
  const harmonic = Array.from({ length: HUBS }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);
  const hubs = Array.from({ length: HUBS }, (_, i) => ({
    key: keyOf(i),
    members: Math.min(actors - HUBS, Math.floor((edges * 0.5) / ((i + 1) * harmonic))),
  }));
  return { edges, actors, hubs };
}

/** Whether `from` already joined hub `to` as one of its run of members. */
function isHubMember(
  shape: SyntheticShape,
  hubStarts: number[],
  from: number,
  to: number,
): boolean {
  const start = hubStarts[to];
  const hub = shape.hubs[to];
  return start !== undefined && hub !== undefined && from >= start && from < start + hub.members;
}

export function* syntheticRelations(shape: SyntheticShape): Generator<Relation> {
  const next = random(7);
  let made = 0;
  const hubStarts: number[] = [];
  for (const [hub, { members }] of shape.hubs.entries()) {
    // The hub's members are a run of actors after the hubs, each joining once.
    const start = HUBS + Math.floor(next() * (shape.actors - HUBS - members));
    hubStarts.push(start);
    for (let m = 0; m < members; m += 1) {
      yield relation(start + m, 'MEMBER_OF', hub, next);
      made += 1;
    }
  }
  // The model keeps one relationship per (from, type, to), as every writer does (MERGE).
  const madePairs = new Set<string>();
  while (made < shape.edges) {
    const from = HUBS + Math.floor(next() * (shape.actors - HUBS));
    // Squared draws favour low indexes: a long tail of mid-size bodies.
    const to = Math.floor(next() ** 2 * shape.actors);
    if (to === from) continue;
    const type =
      next() < 0.7 ? 'MEMBER_OF' : (OTHER_TYPES[made % OTHER_TYPES.length] as RelationType);
    const pair = `${from}|${type}|${to}`;
    const hubMember = type === 'MEMBER_OF' && isHubMember(shape, hubStarts, from, to);
    if (madePairs.has(pair) || hubMember) continue;
    madePairs.add(pair);
    yield relation(from, type, to, next);
    made += 1;
  }
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function progress(what: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r${what} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
  );
  if (done >= total) process.stdout.write('\n');
}

const CREATE_NODES = `
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props, n.synthetic = true`;

const CREATE_RELATIONS = `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.synthetic = true
${refreshMemberWindow('r')}`;

const RECOUNT_EVOLUTION = namedStatement('recountSyntheticEvolution', RECOUNT_ALL_EVOLUTION);

/** Loads the synthetic graph in batches, with a progress bar; returns its shape. */
export async function loadSyntheticGraph(db: Database, edges: number): Promise<SyntheticShape> {
  const shape = shapeOf(edges);
  const next = random(3);
  const nodes = Array.from({ length: shape.actors }, (_, index) => actor(index, next));
  let done = 0;
  for (const batch of batches(nodes, BATCH)) {
    const rows = batch.map((e) => ({ labels: entityLabels(e), props: entityToProps(e) }));
    await db.write(CREATE_NODES, { rows });
    done += batch.length;
    progress('nodes', done, shape.actors);
  }
  done = 0;
  for (const batch of batches(syntheticRelations(shape), BATCH)) {
    const rows = batch.map((r) => ({
      from: r.from,
      to: r.to,
      type: r.type,
      props: relationToProps(r),
    }));
    await db.write(CREATE_RELATIONS, { rows });
    done += batch.length;
    progress('relationships', done, shape.edges);
  }
  // Bulk batches bypass the writers' per-bucket recount: one recount of every counter instead.
  await db.writeInBatches(RECOUNT_EVOLUTION);
  return shape;
}

/** How many synthetic actors the database holds (a range over the key index). */
export async function syntheticActorCount(db: Database): Promise<number> {
  const [row] = await db.read(
    'MATCH (n:Actor) WHERE n.key STARTS WITH $prefix RETURN count(n) AS count',
    { prefix: SYNTHETIC_PREFIX },
  );
  return Number(row?.count ?? 0);
}

// Each batch commits on its own (an auto-commit transaction): one statement over a million
// relationships, or a hub's DETACH DELETE, outgrows Neo4j's transaction memory limit.
const REMOVE_SYNTHETIC_RELATIONS = namedStatement(
  'removeSyntheticRelations',
  `
MATCH (n:Entity)-[r]->() WHERE n.key STARTS WITH $prefix AND n.synthetic = true
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`,
);

// What is left of a node's relationships after the first pass comes from outside the synthetic
// graph (a test's write), a few per node.
const REMOVE_SYNTHETIC_NODES = namedStatement(
  'removeSyntheticNodes',
  `
MATCH (n:Entity) WHERE n.key STARTS WITH $prefix AND n.synthetic = true
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
);

/** Removes every synthetic node and its relationships, in transactions that each fit in memory. */
export async function removeSyntheticGraph(db: Database): Promise<void> {
  await db.writeInBatches(REMOVE_SYNTHETIC_RELATIONS, { prefix: SYNTHETIC_PREFIX });
  await db.writeInBatches(REMOVE_SYNTHETIC_NODES, { prefix: SYNTHETIC_PREFIX });
  await db.writeInBatches(RECOUNT_EVOLUTION);
}
