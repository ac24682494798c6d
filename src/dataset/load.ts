import type { Database, TransactionRunner } from '../db/database.js';
import { bool, type NamedQuery, namedQuery, namedStatement, text } from '../db/query.js';
import { REPLACEABLE_LABELS } from '../model/storage.js';
import {
  type GraphNode,
  type GraphRelation,
  nodeToGraph,
  relationToGraph,
  sourceToGraph,
} from './to-graph.js';
import type { Dataset } from './types.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export interface LoadSummary {
  sources: ChangeCounts;
  nodes: ChangeCounts;
  relations: ChangeCounts;
}

const CURATED_NODE_HASHES = namedQuery(
  'curatedNodeHashes',
  `
MATCH (n) WHERE n.curated = true AND (n:Entity OR n:Source)
RETURN n.key AS key, n.contentHash AS hash, n:Source AS isSource`,
  (row) => ({ key: text(row.key), hash: row.hash, isSource: bool(row.isSource) }),
);

const CURATED_RELATION_HASHES = namedQuery(
  'curatedRelationHashes',
  `
MATCH ()-[r]->() WHERE r.curated = true
RETURN r.curatedId AS key, r.contentHash AS hash`,
  (row) => ({ key: text(row.key), hash: row.hash }),
);

const DELETE_RELATIONS = namedStatement(
  'deleteCuratedRelations',
  `
UNWIND $ids AS id
MATCH ()-[r]->() WHERE r.curated = true AND r.curatedId = id
DELETE r`,
);

const DELETE_UNLINKED_NODES = namedStatement(
  'deleteUnlinkedCuratedNodes',
  `
UNWIND $keys AS key
MATCH (n {key: key}) WHERE n.curated = true AND (n:Entity OR n:Source) AND COUNT { (n)--() } = 0
DELETE n`,
);

// A removed node that imported relationships still point to stays, no longer marked curated.
const UNMARK_LINKED_NODES = namedStatement(
  'unmarkLinkedCuratedNodes',
  `
UNWIND $keys AS key
MATCH (n {key: key}) WHERE n.curated = true AND (n:Entity OR n:Source)
SET n.curated = false`,
);

const UPSERT_SOURCES = namedStatement(
  'upsertCuratedSources',
  `
UNWIND $rows AS row
MERGE (s:Source {key: row.key})
SET s = row.props`,
);

const UPSERT_NODES = namedStatement(
  'upsertCuratedNodes',
  `
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
REMOVE n:$($kindLabels)
SET n:$(row.labels)
SET n = row.props`,
);

const UPSERT_RELATIONS = namedStatement(
  'upsertCuratedRelations',
  `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
MERGE (a)-[r:$(row.type) {curatedId: row.id}]->(b)
SET r = row.props`,
);

interface Diff<T> {
  write: T[];
  removed: string[];
  counts: ChangeCounts;
}

function diff<T extends { props: { contentHash?: unknown } }>(
  wanted: T[],
  keyOf: (item: T) => string,
  existing: Map<string, unknown>,
): Diff<T> {
  const counts: ChangeCounts = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const write: T[] = [];
  const wantedKeys = new Set<string>();
  for (const item of wanted) {
    const key = keyOf(item);
    wantedKeys.add(key);
    const hash = existing.get(key);
    if (hash === undefined) counts.created += 1;
    else if (hash !== item.props.contentHash) counts.updated += 1;
    else {
      counts.unchanged += 1;
      continue;
    }
    write.push(item);
  }
  const removed = [...existing.keys()].filter((key) => !wantedKeys.has(key));
  counts.deleted = removed.length;
  return { write, removed, counts };
}

const BATCH = 500;

async function inBatches<T>(
  tx: TransactionRunner,
  query: NamedQuery<unknown>,
  rows: T[],
  params = {},
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.run(query, { ...params, rows: rows.slice(start, start + BATCH) });
  }
}

/**
 * Makes the curated part of the graph equal to `dataset`, in one transaction: new facts are created,
 * edited ones updated, removed ones deleted; elements not marked curated are never touched.
 */
export async function loadDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  const sources = dataset.sources.map(sourceToGraph);
  const nodes = dataset.nodes.map(nodeToGraph);
  const relations = dataset.relations.map(relationToGraph);

  return db.writeTransaction(async (tx) => {
    const nodeRows = await tx.run(CURATED_NODE_HASHES);
    const existingSources = new Map(nodeRows.filter((r) => r.isSource).map((r) => [r.key, r.hash]));
    const existingNodes = new Map(nodeRows.filter((r) => !r.isSource).map((r) => [r.key, r.hash]));
    const existingRelations = new Map(
      (await tx.run(CURATED_RELATION_HASHES)).map((r) => [r.key, r.hash]),
    );

    const sourceDiff = diff<GraphNode>(sources, (s) => s.key, existingSources);
    const nodeDiff = diff<GraphNode>(nodes, (n) => n.key, existingNodes);
    const relationDiff = diff<GraphRelation>(relations, (r) => r.id, existingRelations);

    if (relationDiff.removed.length > 0)
      await tx.run(DELETE_RELATIONS, { ids: relationDiff.removed });
    const removedNodes = [...nodeDiff.removed, ...sourceDiff.removed];
    if (removedNodes.length > 0) {
      await tx.run(DELETE_UNLINKED_NODES, { keys: removedNodes });
      await tx.run(UNMARK_LINKED_NODES, { keys: removedNodes });
    }
    await inBatches(tx, UPSERT_SOURCES, sourceDiff.write);
    await inBatches(tx, UPSERT_NODES, nodeDiff.write, { kindLabels: REPLACEABLE_LABELS });
    await inBatches(tx, UPSERT_RELATIONS, relationDiff.write);

    return { sources: sourceDiff.counts, nodes: nodeDiff.counts, relations: relationDiff.counts };
  });
}

export function formatSummary(summary: LoadSummary): string {
  return (['nodes', 'relations', 'sources'] as const)
    .map((part) => {
      const c = summary[part];
      return `${part}: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged`;
    })
    .join('\n');
}
