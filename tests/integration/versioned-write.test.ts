import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { readGraphVersion } from '../../src/history/graph-version.js';
import { versionedWrite } from '../../src/history/versioned-write.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { type App, createApp } from '../../src/yoga.js';
import type { HistoryQuery } from '../generated/graphql.js';
import { connectTestDatabase, emptyDatabase } from '../support/database.js';
import { execute } from '../support/graphql-client.js';
import { History } from '../support/write-operations.js';

let db: Database;
let app: App;
const author = { who: 'tester', via: 'token' };

beforeAll(async () => {
  db = await connectTestDatabase();
  await emptyDatabase(db);
  await applySchema(db);
  await db.write(
    "CREATE (:Entity:Actor {key: 'mes', name: 'MES'}), (:Entity:Actor {key: 'ripess', name: 'RIPESS'})",
  );
  app = createApp({ db });
});
afterAll(() => db?.close());

/** Renames `mes` and records it, as a model mutation will. */
function rename(name: string, reason: string) {
  return versionedWrite(db, author, async (tx) => {
    const before = await tx.run("MATCH (n:Entity {key: 'mes'}) RETURN n.name AS name");
    await tx.run("MATCH (n:Entity {key: 'mes'}) SET n.name = $name", { name });
    return tx.record({
      operation: 'UPDATE_NODE',
      entityType: 'Entity',
      entityKey: 'mes',
      before: before[0],
      after: { name },
      reason,
    });
  });
}

describe('versionedWrite', () => {
  it('one write: one graph version, its changes in seq order, nodes linked, relations by id', async () => {
    const start = (await readGraphVersion(db)).version;
    const { graphVersion, changes } = await versionedWrite(db, author, async (tx) => {
      await tx.record({
        operation: 'UPDATE_NODE',
        entityType: 'Entity',
        entityKey: 'mes',
        before: { a: 1 },
        after: { a: 2 },
      });
      await tx.record({
        operation: 'ADD_RELATION',
        entityType: 'Relation',
        entityKey: 'mes|MEMBER_OF|ripess',
        before: null,
        after: { since: '2002' },
      });
    });
    expect(graphVersion).toBe(start + 1);
    expect(changes.map((c) => c.graphVersion)).toEqual([start + 1, start + 1]);
    expect((changes[1]?.seq ?? 0) - (changes[0]?.seq ?? 0)).toBe(1);
    expect(changes[0]?.before).toBe('{"a":1}');
    const links = await db.read(
      'MATCH (c:Change)-[:CHANGED]->(n) RETURN c.entityKey AS key, n.key AS node ORDER BY c.seq',
    );
    expect(links).toEqual([{ key: 'mes', node: 'mes' }]);
  });

  it('a write that fails changes nothing: no version, no change', async () => {
    const before = await readGraphVersion(db);
    const count = async () => (await db.read('MATCH (c:Change) RETURN count(c) AS n'))[0]?.n;
    const changesBefore = await count();
    await expect(
      versionedWrite(db, author, async (tx) => {
        await tx.record({
          operation: 'UPDATE_NODE',
          entityType: 'Entity',
          entityKey: 'mes',
          before: null,
          after: {},
        });
        throw new Error('validation failed after the first statement');
      }),
    ).rejects.toThrow('validation failed');
    expect(await readGraphVersion(db)).toEqual(before);
    expect(await count()).toBe(changesBefore);
  });

  it('concurrent writes get distinct, consecutive versions and seqs', async () => {
    const start = (await readGraphVersion(db)).version;
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => rename(`MES ${i}`, `concurrent ${i}`)),
    );
    const versions = results.map((r) => r.graphVersion).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6].map((i) => start + i));
    const seqs = results.map((r) => r.result.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([...new Set(seqs)]);
    // Commit order = seq order = version order: each change's seq rises with its version.
    const bySeq = [...results]
      .sort((a, b) => a.result.seq - b.result.seq)
      .map((r) => r.graphVersion);
    expect(bySeq).toEqual(versions);
  });

  it('history(key) pages through a key’s changes with cursors, oldest first', async () => {
    const reasons: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const page: HistoryQuery['history'] | undefined = (
        await execute(app, History, { key: 'mes', first: 3, after })
      ).data?.history;
      reasons.push(...(page?.edges.map((e) => e.node.reason ?? '') ?? []));
      pages += 1;
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // The seed's LOAD_ADD of mes, then the seven writes of this file.
    expect(reasons).toHaveLength(8);
    expect(pages).toBe(3);
    expect(reasons.filter((r) => r.startsWith('concurrent'))).toHaveLength(6);
  });
});
