import type { TransactionRunner } from '../db/database.js';
import { list, map, namedQuery, text } from '../db/query.js';
import type { ChangeInput, ChangeTarget } from '../history/changes.js';
import {
  entityFromProps,
  entityToProps,
  relationFromProps,
  relationSnapshot,
  type StoredProps,
  sourceFromProps,
  sourceToProps,
} from '../model/storage.js';
import { relationId } from '../model/types.js';
import type { Dataset } from './types.js';

/** What a load records for each fact of data/ it adds, changes or removes. */
export const LOAD_OPERATIONS = {
  added: 'LOAD_ADD',
  changed: 'LOAD_UPDATE',
  removed: 'LOAD_REMOVE',
} as const;

/** The keys (relation ids) a load writes and removes, and those the graph held before it. */
export interface FactDiff {
  written: string[];
  removed: string[];
  existing: ReadonlyMap<string, unknown>;
}

export interface LoadDiffs {
  sources: FactDiff;
  nodes: FactDiff;
  relations: FactDiff;
}

type Snapshot = StoredProps;

// The values before a load, read back into the model so they compare with what API writes record.
const STORED_SOURCES = namedQuery(
  'storedCuratedSources',
  `
UNWIND $keys AS key
MATCH (s:Source {key: key})
RETURN key, properties(s) AS props`,
  (row) => ({ key: text(row.key), value: sourceToProps(sourceFromProps(map(row.props))) }),
);

const STORED_NODES = namedQuery(
  'storedCuratedNodes',
  `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, properties(n) AS props, labels(n) AS labels`,
  (row) => ({
    key: text(row.key),
    value: entityToProps(entityFromProps(map(row.props), list(text)(row.labels))),
  }),
);

const STORED_RELATIONS = namedQuery(
  'storedCuratedRelations',
  `
UNWIND $rows AS row
MATCH (a:Entity {key: row.from})-[r]->(b:Entity {key: row.to})
WHERE r.curated = true AND r.curatedId = row.id
RETURN row.id AS key, type(r) AS type, row.from AS from, row.to AS to, properties(r) AS props`,
  (row) => ({
    key: text(row.key),
    value: relationSnapshot(
      relationFromProps(text(row.type), text(row.from), text(row.to), map(row.props)),
    ),
  }),
);

function endsOf(id: string): { id: string; from: string; to: string } {
  const [from = '', , to = ''] = id.split('|');
  return { id, from, to };
}

function changesOf(
  target: ChangeTarget,
  diff: FactDiff,
  before: ReadonlyMap<string, Snapshot>,
  after: ReadonlyMap<string, Snapshot>,
): ChangeInput[] {
  const written = diff.written.map((key) => ({
    operation: diff.existing.has(key) ? LOAD_OPERATIONS.changed : LOAD_OPERATIONS.added,
    entityType: target,
    entityKey: key,
    before: before.get(key) ?? null,
    after: after.get(key) ?? null,
  }));
  const removed = diff.removed.map((key) => ({
    operation: LOAD_OPERATIONS.removed,
    entityType: target,
    entityKey: key,
    before: before.get(key) ?? null,
    after: null,
  }));
  return [...written, ...removed];
}

/** Keys a load changes or removes: the facts whose values before it history keeps. */
function replaced(diff: FactDiff): string[] {
  return [...diff.written.filter((key) => diff.existing.has(key)), ...diff.removed];
}

/**
 * The changes a load of `dataset` makes, read in `tx` before it writes: one per fact added,
 * changed or removed, with its values before and after.
 */
export async function loadChanges(
  tx: TransactionRunner,
  dataset: Dataset,
  diffs: LoadDiffs,
): Promise<ChangeInput[]> {
  const sourceKeys = replaced(diffs.sources);
  const nodeKeys = replaced(diffs.nodes);
  const relationIds = replaced(diffs.relations);
  const entries = <T extends { key: string; value: Snapshot }>(rows: T[]) =>
    new Map(rows.map((row) => [row.key, row.value]));
  const before = {
    sources: entries(
      sourceKeys.length > 0 ? await tx.run(STORED_SOURCES, { keys: sourceKeys }) : [],
    ),
    nodes: entries(nodeKeys.length > 0 ? await tx.run(STORED_NODES, { keys: nodeKeys }) : []),
    relations: entries(
      relationIds.length > 0
        ? await tx.run(STORED_RELATIONS, { rows: relationIds.map(endsOf) })
        : [],
    ),
  };
  const after = {
    sources: new Map(dataset.sources.map((s) => [s.key, sourceToProps(s)])),
    nodes: new Map(dataset.nodes.map((n) => [n.key, entityToProps(n)])),
    relations: new Map(dataset.relations.map((r) => [relationId(r), relationSnapshot(r)])),
  };
  return [
    ...changesOf('Source', diffs.sources, before.sources, after.sources),
    ...changesOf('Entity', diffs.nodes, before.nodes, after.nodes),
    ...changesOf('Relation', diffs.relations, before.relations, after.relations),
  ];
}
