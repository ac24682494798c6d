import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../src/dataset/seed-database.js';
import { DatasetValidationError } from '../../src/dataset/types.js';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { DatasetCopy } from '../support/dataset-copy.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});
afterAll(async () => {
  await loadCuratedGraph(db);
  await db.close();
});

/** Everything about the graph's content (not the schema's own marker), to prove that a step changed nothing. */
async function fingerprint() {
  const [row] = await db.read(
    `CALL () { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes, collect(n.contentHash) AS nodeHashes }
     CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relations, collect(r.contentHash) AS relationHashes }
     RETURN nodes, entities, relations, nodeHashes, relationHashes`,
  );
  return {
    nodes: row?.nodes,
    entities: row?.entities,
    relations: row?.relations,
    nodeHashes: [...((row?.nodeHashes ?? []) as string[])].sort(),
    relationHashes: [...((row?.relationHashes ?? []) as string[])].sort(),
  };
}

// Each step loads the whole curated graph (757 nodes, 1,066 relations) once or twice.
describe('the loader', { timeout: 240_000 }, () => {
  it('changes nothing when run twice', async () => {
    const before = await fingerprint();
    const summary = await seedDatabase(db);
    expect(summary.nodes).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(summary.relations).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(summary.sources).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    // Every curated entity is unchanged (the graph also holds sources and the change log).
    expect(summary.nodes.unchanged).toBe(before.entities);
    expect(await fingerprint()).toEqual(before);
  });

  it('updates an edited fact, deletes a removed one, and keeps what an import added', async () => {
    await db.write(
      `MATCH (mes:Entity {key: 'mes'})
       CREATE (i:Entity:Actor:Network {key: 'imported-network', name: 'Imported', sources: ['S1']})
       CREATE (i)-[:MEMBER_OF {sources: ['S1']}]->(mes)`,
    );
    const copy = new DatasetCopy().editMesBoardSeatAndDropCtc();

    const summary = await seedDatabase(db, copy.dir);
    expect(summary.relations).toMatchObject({ created: 0, updated: 1, deleted: 1 });
    expect(summary.nodes).toMatchObject({ created: 0, updated: 0, deleted: 0 });

    const [edited] = await db.read(
      "MATCH (:Entity {key: 'mes'})-[r:MEMBER_OF]->(:Entity {key: 'ess-france'}) RETURN r.role AS role",
    );
    expect(edited?.role).toBe('board seat (edited)');
    const removed = await db.read(
      "MATCH (:Entity {key: 'mes'})-[r:MEMBER_OF]->(:Entity {key: 'ctc'}) RETURN r",
    );
    expect(removed).toEqual([]);
    const imported = await db.read(
      "MATCH (:Entity {key: 'imported-network'})-[r:MEMBER_OF]->(:Entity {key: 'mes'}) RETURN r.curated AS curated",
    );
    expect(imported).toEqual([{ curated: null }]);
  });

  it('deletes a removed node with its relations, and changes its kind label when edited', async () => {
    await loadCuratedGraph(db);
    const copy = new DatasetCopy()
      .replace(
        'actors.yaml',
        '- key: urgenci\n  kind: InternationalNetwork',
        '- key: urgenci\n  kind: Network',
      )
      .renameKey('esf-2004', 'esf-2004-renamed');
    const summary = await seedDatabase(db, copy.dir);
    expect(summary.nodes).toMatchObject({ created: 1, updated: 1, deleted: 1 });
    const [urgenci] = await db.read("MATCH (n:Entity {key: 'urgenci'}) RETURN labels(n) AS labels");
    expect(urgenci?.labels).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Network']));
    expect(urgenci?.labels).not.toContain('InternationalNetwork');
    expect(await db.read("MATCH (n:Entity {key: 'esf-2004'}) RETURN n")).toEqual([]);
  });

  it('keeps a removed node that imported relationships still use, no longer marked curated', async () => {
    await loadCuratedGraph(db);
    await db.write(
      `MATCH (u:Entity {key: 'urgenci'})
       CREATE (:Entity:Actor:Network {key: 'imported-amap', name: 'Imported AMAP', sources: ['S61']})-[:MEMBER_OF {sources: ['S61']}]->(u)`,
    );
    // Its curated relations follow the new key; only the imported one stays on the old node.
    const copy = new DatasetCopy().renameKey('urgenci', 'urgenci-renamed');
    const summary = await seedDatabase(db, copy.dir);
    expect(summary.nodes).toMatchObject({ created: 1, deleted: 1 });
    const [kept] = await db.read(
      "MATCH (n:Entity {key: 'urgenci'}) RETURN n.curated AS curated, COUNT { (n)--() } AS degree",
    );
    expect(kept).toEqual({ curated: false, degree: 1 });
    await db.write("MATCH (n:Entity) WHERE n.key IN ['imported-amap', 'urgenci'] DETACH DELETE n");
  });

  it('moves a node between families when its entry moves to another file', async () => {
    await loadCuratedGraph(db);
    const copy = new DatasetCopy()
      .renameKey('urgenci', 'urgenci-gone')
      .append(
        'events.yaml',
        '- key: urgenci\n  kind: Event\n  name: Urgenci as an event\n  sources: [S61]',
      );
    await seedDatabase(db, copy.dir);
    const [moved] = await db.read("MATCH (n:Entity {key: 'urgenci'}) RETURN labels(n) AS labels");
    expect([...((moved?.labels ?? []) as string[])].sort()).toEqual(['Entity', 'Event']);
  });

  it.each([
    [
      'an unknown key',
      (c: DatasetCopy) =>
        c.replace(
          'relations.yaml',
          'to: ess-france\n  since: "2015-01"',
          'to: ess-francee\n  since: "2015-01"',
        ),
    ],
    [
      'a duplicate key',
      (c: DatasetCopy) =>
        c.append('events.yaml', '- key: mes\n  kind: Event\n  name: X\n  sources: [S1]'),
    ],
    [
      'an unknown relation type',
      (c: DatasetCopy) => c.replace('relations.yaml', 'type: EMERGED_FROM', 'type: CAME_FROM'),
    ],
    [
      'a fact without a source',
      (c: DatasetCopy) =>
        c.replace(
          'relations.yaml',
          '  role: board seat (edited)\n  sources: [S1, S8, mesn.111]',
          '  role: board seat (edited)',
        ),
    ],
    [
      'a malformed date',
      (c: DatasetCopy) => c.replace('relations.yaml', 'since: "2015-01"', 'since: "January 2015"'),
    ],
    [
      'an unknown field',
      (c: DatasetCopy) =>
        c.replace('relations.yaml', 'role: board seat (edited)', 'rôle: board seat'),
    ],
  ])('writes nothing when the dataset has %s', async (_case, breakIt) => {
    await loadCuratedGraph(db);
    const before = await fingerprint();
    const copy = breakIt(
      new DatasetCopy().replace(
        'relations.yaml',
        'role: board seat\n  sources: [S1, S8, mesn.111]',
        'role: board seat (edited)\n  sources: [S1, S8, mesn.111]',
      ),
    );
    await expect(seedDatabase(db, copy.dir)).rejects.toThrow(DatasetValidationError);
    expect(await fingerprint()).toEqual(before);
  });
});
