import type { Database } from '../db/database.js';
import { bool, namedQuery } from '../db/query.js';
import { type LoadSummary, loadDataset } from './load.js';
import { DATA_DIR, readDataset } from './read-dataset.js';

/** Validates data/ and loads it; nothing is written when validation fails. */
export async function seedDatabase(db: Database, dir: string = DATA_DIR): Promise<LoadSummary> {
  return loadDataset(db, readDataset(dir));
}

const GRAPH_HAS_ENTITIES = namedQuery(
  'graphHasEntities',
  'MATCH (n:Entity) RETURN count(n) > 0 AS any',
  (row) => bool(row.any),
);

/** True when the graph holds no curated or imported entity yet (first start). */
export async function isGraphEmpty(db: Database): Promise<boolean> {
  const [any] = await db.read(GRAPH_HAS_ENTITIES);
  return any !== true;
}
