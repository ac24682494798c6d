import type { Database } from '../db/database.js';
import { missingEntityKeys } from '../graph/entities.js';
import { unknownKeysWithSuggestions } from '../graph/key-suggestions.js';
import { CAPS } from '../limits.js';
import { reachFromKeys } from './bounded-reach.js';
import { tooLarge } from './graph-query.js';
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
  if (missing.length > 0) throw await unknownKeysWithSuggestions(db, 'keys', missing);
  const distance = await reachFromKeys(db, options.keys, options, CAPS.exportElements);
  if (!distance) throw tooLarge();
  return { whole: false, filters, distance };
}
