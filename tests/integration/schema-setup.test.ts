import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { connectTestDatabase } from '../support/database.js';

let db: Database;
beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(() => db.close());

async function schemaObjects(): Promise<string[]> {
  const constraints = await db.read('SHOW CONSTRAINTS YIELD name RETURN name');
  const indexes = await db.read('SHOW INDEXES YIELD name RETURN name');
  return [...constraints, ...indexes].map((row) => String(row.name)).sort();
}

describe('cypher/schema.cypher', () => {
  it('creates the key constraints and the search index, and applying it twice is a no-op', async () => {
    await applySchema(db);
    const once = await schemaObjects();
    expect(once).toEqual(expect.arrayContaining(['actor_key', 'entity_key', 'entity_search']));
    await applySchema(db);
    expect(await schemaObjects()).toEqual(once);
  });

  it('gives relationships written before fromKey/toKey existed their end keys, once', async () => {
    await db.write('MATCH (n) DETACH DELETE n');
    await db.write("CREATE (:Entity {key: 'old-a'})-[:MEMBER_OF]->(:Entity {key: 'old-b'})");
    await applySchema(db);
    const [row] = await db.read('MATCH ()-[r:MEMBER_OF]->() RETURN r.fromKey AS f, r.toKey AS t');
    expect(row).toEqual({ f: 'old-a', t: 'old-b' });
    // Marked done: a later start leaves a relationship without keys alone instead of scanning.
    await db.write('MATCH ()-[r:MEMBER_OF]->() REMOVE r.fromKey');
    await applySchema(db);
    const [after] = await db.read('MATCH ()-[r:MEMBER_OF]->() RETURN r.fromKey AS f');
    expect(after).toEqual({ f: null });
    await db.write('MATCH (n) DETACH DELETE n');
  });
});
