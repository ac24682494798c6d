import { unknownKeys } from '../arguments.js';
import type { Database } from '../db/database.js';
import { text } from '../db/query.js';
import { missingEntityKeys } from '../graph/entities.js';
import { CAPS } from '../limits.js';
import { REACH_QUERIES, tooLarge } from './graph-query.js';
import type { ExportOptions } from './options.js';

/** The filters every page query takes. */
export interface ExportFilters {
  types: string[] | null;
  activeAt: number | null;
}

/**
 * What a streamed export holds: the whole graph (read in key order, nothing held in memory), or the
 * reached keys of a neighbourhood (at most CAPS.exportElements of them, held with their distance).
 */
export type ExportSelection =
  | { whole: true; filters: ExportFilters }
  | { whole: false; filters: ExportFilters; distance: Map<string, number> };

/**
 * Resolves the selection before anything is written, so that an unknown key (NOT_FOUND) or a
 * neighbourhood over the bound (EXPORT_TOO_LARGE) is a proper error status, not a cut file.
 */
export async function resolveSelection(
  db: Database,
  options: ExportOptions,
): Promise<ExportSelection> {
  const filters = { types: options.types, activeAt: options.activeAt };
  if (!options.keys) return { whole: true, filters };
  const missing = await missingEntityKeys(db, options.keys);
  if (missing.length > 0) throw unknownKeys('keys', missing);
  const reach = REACH_QUERIES[options.depth];
  if (!reach) throw new RangeError(`depth ${options.depth} is outside 0..3`);
  const rows = await db.read(reach, { ...filters, keys: options.keys, max: CAPS.exportElements });
  if (rows.length > CAPS.exportElements) throw tooLarge();
  const distance = new Map<string, number>();
  for (const row of rows) distance.set(text(row.key), Number(row.distance));
  return { whole: false, filters, distance };
}
