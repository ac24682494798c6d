import { intInRange, keyList, yearArg } from '../arguments.js';
import { badInput } from '../domain-error.js';
import { BOUNDS } from '../limits.js';
import { RELATION_TYPES, type RelationType } from '../model/vocabulary.js';

/** What to export: the neighbourhood of `keys` (or the whole graph when null), filtered. */
export interface ExportOptions {
  keys: string[] | null;
  depth: number;
  types: RelationType[] | null;
  activeAt: number | null;
}

/** Splits "a,b" and repeated parameters alike. */
function listOf(values: string[]): string[] {
  return values.flatMap((value) => value.split(',')).map((value) => value.trim());
}

function integer(name: string, value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^-?\d+$/.test(value)) throw badInput(name, `must be an integer, got "${value}"`);
  return Number(value);
}

/**
 * Reads export options from query parameters (HTTP) or flags (CLI): `keys`, `depth`, `types`,
 * `activeAt`. Errors are the API's: code BAD_USER_INPUT, naming the parameter and the bound.
 */
export function parseExportOptions(get: (name: string) => string[]): ExportOptions {
  const rawKeys = listOf(get('keys')).filter((key) => key !== '');
  const keys = rawKeys.length > 0 ? keyList('keys', rawKeys) : null;
  const depth = intInRange('depth', integer('depth', get('depth')[0]), BOUNDS.subgraphDepth);
  const rawTypes = listOf(get('types')).filter((type) => type !== '');
  for (const type of rawTypes) {
    if (!(type in RELATION_TYPES)) {
      throw badInput('types', `"${type}" is not one of ${Object.keys(RELATION_TYPES).join(', ')}`);
    }
  }
  return {
    keys,
    depth,
    types: rawTypes.length > 0 ? (rawTypes as RelationType[]) : null,
    activeAt: yearArg('activeAt', integer('activeAt', get('activeAt')[0])),
  };
}
