import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { readGraphDataset } from '../../src/dataset/read-graph.js';
import type { Dataset } from '../../src/dataset/types.js';
import { writeDataset } from '../../src/dataset/write-dataset.js';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/model/apply-schema.js';
import { parsePartialDate } from '../../src/model/dates.js';
import { createEntity } from '../../src/write/entities.js';
import { addRelation } from '../../src/write/relations.js';
import { connectTestDatabase, emptyDatabase, loadCuratedGraph } from '../support/database.js';

let db: Database;
const author = { who: 'export-test', via: 'token' };

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  await createEntity(
    db,
    author,
    {
      key: 'reseau-exporte',
      kind: 'Network',
      name: 'Réseau exporté',
      region: 'FR-OCC',
      country: 'FR',
      founded: { date: '2004~', sources: ['S1'] },
      sources: ['S1'],
    },
    'export test',
  );
  await addRelation(
    db,
    author,
    { from: 'reseau-exporte', type: 'MEMBER_OF', to: 'mes', since: '[2010,2011]', sources: ['S1'] },
    'export test',
  );
});

afterAll(() => db.close());

/** The facts without their write bookkeeping, in a stable order. */
function facts(dataset: Dataset) {
  const strip = <T extends { record?: unknown }>(items: T[]) =>
    items.map(({ record: _record, ...fact }) => fact);
  return {
    nodes: strip(dataset.nodes),
    relations: strip(dataset.relations).sort((a, b) =>
      `${a.from}${a.type}${a.to}`.localeCompare(`${b.from}${b.type}${b.to}`),
    ),
    sources: dataset.sources,
  };
}

describe('npm run export:data', () => {
  it('writes the API edits in the data/ format, and loading that export into an empty database gives the same graph', async () => {
    const before = await readGraphDataset(db);
    const dir = mkdtempSync(join(tmpdir(), 'solidarity-graph-export-data-'));
    writeDataset(dir, before);
    const reread = readDataset(dir);
    expect(reread.nodes.find((n) => n.key === 'reseau-exporte')?.founded?.date).toEqual(
      parsePartialDate('2004~'),
    );
    await emptyDatabase(db);
    await applySchema(db);
    await loadDataset(db, reread);
    expect(facts(await readGraphDataset(db))).toEqual(facts(before));
  });

  it('with --api-only, keeps only what the API wrote and the sources it cites', async () => {
    await loadCuratedGraph(db);
    await createEntity(
      db,
      author,
      { key: 'seul-api', kind: 'Network', name: 'Seul API', sources: ['S2'] },
      null,
    );
    const dataset = await readGraphDataset(db, true);
    expect(dataset.nodes.map((n) => n.key)).toEqual(['seul-api']);
    expect(dataset.relations).toEqual([]);
    expect(dataset.sources.map((s) => s.key)).toEqual(['S2']);
  });
});
