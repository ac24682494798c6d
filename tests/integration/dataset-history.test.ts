import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadSummary } from '../../src/dataset/load.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { seedDatabase } from '../../src/dataset/seed-database.js';
import type { Database } from '../../src/db/database.js';
import { readGraphVersion } from '../../src/history/graph-version.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { type App, createApp } from '../../src/yoga.js';
import { connectTestDatabase, emptyDatabase, loadCuratedGraph } from '../support/database.js';
import { DatasetCopy } from '../support/dataset-copy.js';
import { executeText, firstError } from '../support/graphql-client.js';

let db: Database;
let app: App;
let seeded: LoadSummary;
beforeAll(async () => {
  db = await connectTestDatabase();
  await emptyDatabase(db);
  await applySchema(db);
  seeded = await seedDatabase(db);
  app = createApp({ db });
});
afterAll(async () => {
  await loadCuratedGraph(db);
  await db.close();
});

type Answer = Record<string, unknown> & {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

const CHANGE_FIELDS =
  'seq who via operation entityType entityKey before after graphVersion datasetHash';

async function ok(query: string): Promise<Record<string, Answer>> {
  const result = await executeText(app, query);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, Answer>;
}

async function history(key: string, extra = ''): Promise<Answer> {
  const data = await ok(
    `{ history(key: "${key}", first: 100 ${extra}) { totalCount edges { node { ${CHANGE_FIELDS} } } } }`,
  );
  return data.history as Answer;
}

const dataset = readDataset();
const facts = dataset.nodes.length + dataset.relations.length + dataset.sources.length;

// Each load writes the whole curated graph or compares it: seconds on a busy machine.
describe('loads of data/ in history', { timeout: 240_000 }, () => {
  it('a seed records every fact as added, by the dataset and its hash', async () => {
    expect(seeded.graphVersion).toBe(1);
    expect(seeded.datasetHash).toMatch(/^[0-9a-f]{16}$/);
    const own = await history('mes', ', includeRelations: false');
    expect(own.totalCount).toBe(1);
    const [added] = own.edges.map((e) => e.node);
    expect(added).toMatchObject({
      who: `dataset@${seeded.datasetHash}`,
      via: 'load',
      operation: 'LOAD_ADD',
      entityType: 'Entity',
      entityKey: 'mes',
      before: null,
      graphVersion: 1,
      datasetHash: seeded.datasetHash,
    });
    expect(JSON.parse(String(added?.after))).toMatchObject({ key: 'mes', acronym: 'MES' });

    const diff = await ok(
      '{ diff(fromVersion: 0, toVersion: 1) { changes added { nodes relations sources total } changed { total } removed { total } } }',
    );
    expect(diff.diff).toEqual({
      changes: facts,
      added: {
        nodes: dataset.nodes.length,
        relations: dataset.relations.length,
        sources: dataset.sources.length,
        total: facts,
      },
      changed: { total: 0 },
      removed: { total: 0 },
    });
  });

  it("an actor's history includes its relations' changes, from either end", async () => {
    const all = await history('mes');
    const keys = all.edges.map((e) => String(e.node.entityKey));
    expect(keys).toContain('mes');
    expect(keys).toContain('mes|MEMBER_OF|ess-france');
    expect(keys.some((key) => key.endsWith('|mes'))).toBe(true);
    expect(
      keys.every((key) => key === 'mes' || key.startsWith('mes|') || key.endsWith('|mes')),
    ).toBe(true);
    expect(all.totalCount).toBeGreaterThan(1);
    expect((await history('ess-france')).edges.map((e) => e.node.entityKey)).toContain(
      'mes|MEMBER_OF|ess-france',
    );
  });

  it('a reload that changes nothing records nothing', async () => {
    const version = (await readGraphVersion(db)).version;
    const again = await seedDatabase(db);
    expect(again.graphVersion).toBeNull();
    expect(again.datasetHash).toBe(seeded.datasetHash);
    expect((await readGraphVersion(db)).version).toBe(version);
    const feed = await ok('{ changes(first: 1) { totalCount } }');
    expect(feed.changes?.totalCount).toBe(facts);
  });

  it('a reload of an edited copy records each changed fact with the new hash', async () => {
    const mesBefore = (await history('mes')).totalCount;
    const copy = new DatasetCopy()
      .editMesBoardSeatAndDropCtc()
      .append(
        'actors.yaml',
        '- key: history-test-network\n  kind: Network\n  name: History Test Network\n  sources: [S1]',
      );
    const reload = await seedDatabase(db, copy.dir);
    expect(reload.graphVersion).toBe(2);
    expect(reload.datasetHash).not.toBe(seeded.datasetHash);

    const feed = await ok(
      `{ changes(fromVersion: 1, toVersion: 2, first: 100) { totalCount edges { node { ${CHANGE_FIELDS} } } } }`,
    );
    const changes = feed.changes?.edges.map((e) => e.node) ?? [];
    expect(feed.changes?.totalCount).toBe(3);
    expect(changes.map((c) => [c.operation, c.entityKey])).toEqual([
      ['LOAD_ADD', 'history-test-network'],
      ['LOAD_UPDATE', 'mes|MEMBER_OF|ess-france'],
      ['LOAD_REMOVE', 'mes|MEMBER_OF|ctc'],
    ]);
    for (const change of changes) {
      expect(change).toMatchObject({
        who: `dataset@${reload.datasetHash}`,
        datasetHash: reload.datasetHash,
        graphVersion: 2,
      });
    }
    const edited = changes[1];
    expect(JSON.parse(String(edited?.before))).toMatchObject({ role: 'board seat' });
    expect(JSON.parse(String(edited?.after))).toMatchObject({ role: 'board seat (edited)' });
    expect(changes[2]?.after).toBeNull();

    // The edit is the last entry of the actor's history, and absent from its own-node history.
    const mes = await history('mes');
    expect(mes.totalCount).toBe(mesBefore + 2);
    expect(mes.edges.at(-1)?.node.entityKey).toBe('mes|MEMBER_OF|ctc');
    expect((await history('mes', ', includeRelations: false')).totalCount).toBe(1);

    const diff = await ok(
      '{ diff(fromVersion: 1) { fromVersion toVersion changes added { nodes } changed { relations } removed { relations } } }',
    );
    expect(diff.diff).toEqual({
      fromVersion: 1,
      toVersion: 2,
      changes: 3,
      added: { nodes: 1 },
      changed: { relations: 1 },
      removed: { relations: 1 },
    });
    // Over both loads: the removed relation was added, then removed: it counts nowhere.
    const overall = await ok(
      '{ diff { changes added { relations total } changed { total } removed { total } } }',
    );
    expect(overall.diff).toEqual({
      changes: facts + 3,
      added: { relations: dataset.relations.length - 1, total: facts },
      changed: { total: 0 },
      removed: { total: 0 },
    });
  });

  it('changes pages forward with keyset cursors, each page knowing the total', async () => {
    const page = (after: string | null) =>
      ok(
        `{ changes(toVersion: 1, first: 100${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { seq graphVersion } } } }`,
      );
    const first = (await page(null)).changes as Answer;
    const second = (await page(first.pageInfo.endCursor)).changes as Answer;
    expect([first.totalCount, second.totalCount]).toEqual([facts, facts]);
    expect(first.edges).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const seqs = [...first.edges, ...second.edges].map((e) => Number(e.node.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(200);
    expect(second.edges.every((e) => e.node.graphVersion === 1)).toBe(true);

    const window = (await ok('{ changes(until: "2000-01-01T00:00:00Z") { totalCount } }')).changes;
    expect(window?.totalCount).toBe(0);
  });

  it.each([
    ['{ changes(fromVersion: 2, toVersion: 1) { totalCount } }', 'changes.toVersion'],
    ['{ changes(fromVersion: -1) { totalCount } }', 'changes.fromVersion'],
    [
      '{ changes(since: "2025-02-01T00:00:00Z", until: "2025-01-01T00:00:00Z") { totalCount } }',
      'changes.until',
    ],
    ['{ changes(first: 101) { totalCount } }', 'changes.first'],
    ['{ diff(toVersion: 999) { changes } }', 'diff.toVersion'],
    ['{ diff(fromVersion: 2, toVersion: 1) { changes } }', 'diff.fromVersion'],
  ])('%s: BAD_USER_INPUT naming %s', async (query, argument) => {
    const result = await executeText(app, query);
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
