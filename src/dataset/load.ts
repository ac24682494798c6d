import type { Database, TransactionRunner } from '../db/database.js';
import { graphChanged } from '../db/graph-changes.js';
import { bool, list, type NamedQuery, namedQuery, namedStatement, text } from '../db/query.js';
import type { Author } from '../history/changes.js';
import { bumpGraphVersion } from '../history/graph-version.js';
import { recordChanges } from '../history/record-changes.js';
import {
  memberWindowInputs,
  refreshMemberWindow,
  refreshMemberWindowsOf,
} from '../model/active-at.js';
import { evolutionBuckets, recountEvolution } from '../model/evolution-counts.js';
import { REPLACEABLE_LABELS } from '../model/storage.js';
import { relationIdCypher } from '../model/types.js';
import { loadChanges } from './load-changes.js';
import {
  datasetHash,
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
  /** Left as the write API made them (edited, retired or merged there): the API's edit wins. */
  keptApiEdits: number;
}

export interface LoadSummary {
  /** The content hash of the data/ loaded: who its recorded changes name. */
  datasetHash: string;
  /** The graph version the load produced; null when it changed nothing (and recorded nothing). */
  graphVersion: number | null;
  sources: ChangeCounts;
  nodes: ChangeCounts;
  relations: ChangeCounts;
  /** Keys and relation ids edited through the API whose entry in data/ now says something else. */
  differsFromApi: string[];
}

// What the write API owns: the loader neither overwrites nor deletes these.
const API_OWNED = namedQuery(
  'apiOwnedKeys',
  `
CALL () { MATCH (n:Entity) WHERE n.apiEdited = true RETURN collect(n.key) AS edited }
CALL () { MATCH (n:Retired) RETURN collect(n.key) AS retired }
CALL () { MATCH (a:KeyAlias) RETURN collect(a.key) AS merged }
CALL () { MATCH (s:Source) WHERE s.origin = 'api' OR s.apiEdited = true RETURN collect(s.key) AS sources }
CALL () {
  MATCH (a)-[r]->(b) WHERE r.apiEdited = true
  RETURN collect(${relationIdCypher('a.key', 'type(r)', 'b.key')}) AS relations
}
RETURN edited + retired + merged + sources + relations AS keys`,
  (row) => new Set(list(text)(row.keys)),
);

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
WITH r, ${evolutionBuckets('r')} AS bucketsOfRow
DELETE r
WITH collect(bucketsOfRow) AS bucketLists
WITH reduce(all = [], list IN bucketLists | all + list) AS buckets
${recountEvolution('buckets')}`,
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
WITH row, n, ${memberWindowInputs('n')} AS windowBefore
REMOVE n:$($kindLabels)
SET n:$(row.labels)
SET n = row.props
${refreshMemberWindowsOf('n', 'windowBefore')}`,
);

const UPSERT_RELATIONS = namedStatement(
  'upsertCuratedRelations',
  `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
MERGE (a)-[r:$(row.type) {curatedId: row.id}]->(b)
WITH r, row, ${evolutionBuckets('r')} AS bucketsBefore
SET r = row.props
${refreshMemberWindow('r')}
// One recount per batch, not per row: a bucket's count reads its index range.
WITH collect(bucketsBefore + ${evolutionBuckets('r')}) AS bucketLists
WITH reduce(all = [], list IN bucketLists | all + list) AS buckets
${recountEvolution('buckets')}`,
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
  apiOwned: Set<string>,
  differs: string[],
): Diff<T> {
  const counts: ChangeCounts = {
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    keptApiEdits: 0,
  };
  const write: T[] = [];
  const wantedKeys = new Set<string>();
  for (const item of wanted) {
    const key = keyOf(item);
    wantedKeys.add(key);
    const hash = existing.get(key);
    if (apiOwned.has(key)) {
      counts.keptApiEdits += 1;
      if (hash !== item.props.contentHash) differs.push(key);
      continue;
    }
    if (hash === undefined) counts.created += 1;
    else if (hash !== item.props.contentHash) counts.updated += 1;
    else {
      counts.unchanged += 1;
      continue;
    }
    write.push(item);
  }
  const removed = [...existing.keys()].filter((key) => !wantedKeys.has(key) && !apiOwned.has(key));
  counts.deleted = removed.length;
  return { write, removed, counts };
}

const BATCH = 500;

/** Who a load's changes name: the dataset, by its content hash. */
export function datasetAuthor(hash: string): Author {
  return { who: `dataset@${hash}`, via: 'load' };
}

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

function factDiff<T>(diff: Diff<T>, keyOf: (item: T) => string, existing: Map<string, unknown>) {
  return { written: diff.write.map(keyOf), removed: diff.removed, existing };
}

/**
 * Makes the curated part of the graph equal to `dataset`, in one transaction: new facts are created,
 * edited ones updated, removed ones deleted; elements not marked curated are never touched. When
 * anything changes, the graph version goes up by one and each fact's change is recorded, by the
 * dataset's content hash.
 */
export async function loadDataset(db: Database, dataset: Dataset): Promise<LoadSummary> {
  const sources = dataset.sources.map(sourceToGraph);
  const nodes = dataset.nodes.map(nodeToGraph);
  const relations = dataset.relations.map(relationToGraph);
  const hash = datasetHash([...sources, ...nodes, ...relations]);

  const summary = await db.writeTransaction(async (tx) => {
    const nodeRows = await tx.run(CURATED_NODE_HASHES);
    const existingSources = new Map(nodeRows.filter((r) => r.isSource).map((r) => [r.key, r.hash]));
    const existingNodes = new Map(nodeRows.filter((r) => !r.isSource).map((r) => [r.key, r.hash]));
    const existingRelations = new Map(
      (await tx.run(CURATED_RELATION_HASHES)).map((r) => [r.key, r.hash]),
    );

    const [apiOwned = new Set<string>()] = await tx.run(API_OWNED);
    const differsFromApi: string[] = [];
    const sourceDiff = diff<GraphNode>(
      sources,
      (s) => s.key,
      existingSources,
      apiOwned,
      differsFromApi,
    );
    const nodeDiff = diff<GraphNode>(nodes, (n) => n.key, existingNodes, apiOwned, differsFromApi);
    const relationDiff = diff<GraphRelation>(
      relations,
      (r) => r.id,
      existingRelations,
      apiOwned,
      differsFromApi,
    );

    const changes = await loadChanges(tx, dataset, {
      sources: factDiff(sourceDiff, (s) => s.key, existingSources),
      nodes: factDiff(nodeDiff, (n) => n.key, existingNodes),
      relations: factDiff(relationDiff, (r) => r.id, existingRelations),
    });
    let graphVersion: number | null = null;
    if (changes.length > 0) {
      graphVersion = (await bumpGraphVersion(tx)).version;
      await recordChanges(tx, {
        author: datasetAuthor(hash),
        datasetHash: hash,
        reason: null,
        changes,
      });
    }

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

    return {
      datasetHash: hash,
      graphVersion,
      sources: sourceDiff.counts,
      nodes: nodeDiff.counts,
      relations: relationDiff.counts,
      differsFromApi,
    };
  });
  if (summary.graphVersion !== null) graphChanged();
  return summary;
}

export function formatSummary(summary: LoadSummary): string {
  const lines = (['nodes', 'relations', 'sources'] as const).map((part) => {
    const c = summary[part];
    return `${part}: ${c.created} created, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.keptApiEdits} kept as edited through the API`;
  });
  lines.push(
    summary.graphVersion === null
      ? `nothing changed: no change recorded (dataset ${summary.datasetHash})`
      : `changes recorded as graph version ${summary.graphVersion} (dataset ${summary.datasetHash})`,
  );
  if (summary.differsFromApi.length > 0) {
    lines.push(
      `data/ differs from what curators wrote through the API for: ${summary.differsFromApi.join(', ')}`,
      '  (the API edit is kept; `npm run export:data` writes it in the data/ format to review and commit)',
    );
  }
  return lines.join('\n');
}
