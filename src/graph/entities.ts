import type { Database } from '../db/database.js';
import {
  type EntityRow,
  entityProps,
  propsOf,
  type SourceRow,
  toEntityRow,
  toSourceRow,
} from './rows.js';

const ENTITIES_BY_KEYS = `
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, ${entityProps('n')} AS props, labels(n) AS labels`;

const SOURCES_BY_KEYS = `
UNWIND $keys AS key
MATCH (s:Source {key: key})
RETURN key, properties(s) AS props`;

/** Loads entities by key in one round trip; the result follows the order of `keys`, null when absent. */
export async function entitiesByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(EntityRow | null)[]> {
  const rows = await db.read(ENTITIES_BY_KEYS, { keys });
  const byKey = new Map(
    rows.map((row) => [String(row.key), toEntityRow(propsOf(row.props), row.labels as string[])]),
  );
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Loads sources by key in one round trip, in the order of `keys`. */
export async function sourcesByKeys(
  db: Database,
  keys: readonly string[],
): Promise<(SourceRow | null)[]> {
  const rows = await db.read(SOURCES_BY_KEYS, { keys });
  const byKey = new Map(rows.map((row) => [String(row.key), toSourceRow(propsOf(row.props))]));
  return keys.map((key) => byKey.get(key) ?? null);
}
