import type { Database } from '../db/database.js';
import { namedQuery, num, text } from '../db/query.js';
import type { ChangeTarget } from './changes.js';

/** How many facts of each kind one effect touched. */
export interface FactCounts {
  nodes: number;
  relations: number;
  sources: number;
}

export interface GraphDiff {
  fromVersion: number;
  toVersion: number;
  /** The recorded changes between the two versions (several may touch one fact). */
  changes: number;
  added: FactCounts;
  changed: FactCounts;
  removed: FactCounts;
}

type Effect = 'added' | 'changed' | 'removed' | 'same';

// A fact's net effect: its value before its first change in the range against after its last.
const GRAPH_DIFF = namedQuery(
  'graphDiff',
  `
MATCH (c:Change) WHERE c.graphVersion > $fromVersion AND c.graphVersion <= $toVersion
WITH c ORDER BY c.seq
WITH c.entityType AS target, c.entityKey AS key, collect(c) AS changes
WITH target, size(changes) AS count, head(changes).before AS before, last(changes).after AS after
WITH target, count, CASE
  WHEN before IS NULL AND after IS NULL THEN 'same'
  WHEN before IS NULL THEN 'added'
  WHEN after IS NULL THEN 'removed'
  WHEN before = after THEN 'same'
  ELSE 'changed' END AS effect
RETURN target, effect, count(*) AS facts, sum(count) AS changes`,
  (row) => ({
    target: text(row.target) as ChangeTarget,
    effect: text(row.effect) as Effect,
    facts: num(row.facts),
    changes: num(row.changes),
  }),
);

const FIELD: Record<ChangeTarget, keyof FactCounts> = {
  Entity: 'nodes',
  Relation: 'relations',
  Source: 'sources',
};

function noFacts(): FactCounts {
  return { nodes: 0, relations: 0, sources: 0 };
}

/** What the changes that took the graph from `fromVersion` to `toVersion` did, fact by fact. */
export async function graphDiff(
  db: Database,
  fromVersion: number,
  toVersion: number,
): Promise<GraphDiff> {
  const diff: GraphDiff = {
    fromVersion,
    toVersion,
    changes: 0,
    added: noFacts(),
    changed: noFacts(),
    removed: noFacts(),
  };
  for (const row of await db.read(GRAPH_DIFF, { fromVersion, toVersion })) {
    diff.changes += row.changes;
    if (row.effect !== 'same') diff[row.effect][FIELD[row.target]] += row.facts;
  }
  return diff;
}
