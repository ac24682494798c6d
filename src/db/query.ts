import type { Plain } from './plain.js';

export type Row = Record<string, Plain>;

/**
 * A runtime query: its name travels as transaction metadata and labels logs and round-trip counts;
 * `decode` turns each driver row into the typed value callers get.
 */
export interface NamedQuery<R> {
  name: string;
  /** The name round trips are counted under: the name without its shape (`familyOf`). */
  family: string;
  cypher: string;
  decode: (row: Row) => R;
}

/** Ends a statement's family name where a text of its own for one shape of reading follows. */
export const SHAPE_MARK = '#';

/**
 * A statement's family: its name up to `SHAPE_MARK`. A statement with one text per shape (e.g.
 * keys-only rows) counts as one family, so a reader of `extensions.db.byName` sees what it asked.
 */
export function familyOf(name: string): string {
  const mark = name.indexOf(SHAPE_MARK);
  return mark === -1 ? name : name.slice(0, mark);
}

const registry = new Map<string, NamedQuery<unknown>>();

/** Defines and registers a named query; names are unique so counts and logs are unambiguous. */
export function namedQuery<R>(
  name: string,
  cypher: string,
  decode: (row: Row) => R,
): NamedQuery<R> {
  const existing = registry.get(name);
  if (existing && existing.cypher !== cypher) throw new Error(`two queries are named ${name}`);
  const query = { name, family: familyOf(name), cypher, decode };
  registry.set(name, query as NamedQuery<unknown>);
  return query;
}

/** A named query whose rows callers do not read (writes, schema statements). */
export function namedStatement(name: string, cypher: string): NamedQuery<Row> {
  return namedQuery(name, cypher, (row) => row);
}

/** Every named query defined so far (tests EXPLAIN them all). */
export function registeredQueries(): NamedQuery<unknown>[] {
  return [...registry.values()];
}

// Field decoders for the columns of a row: each says what it expected when a value has another shape.

export class DecodeError extends Error {}

export function text(value: Plain | undefined): string {
  if (typeof value !== 'string')
    throw new DecodeError(`expected text, got ${JSON.stringify(value)}`);
  return value;
}

export function num(value: Plain | undefined): number {
  if (typeof value !== 'number')
    throw new DecodeError(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}

export function bool(value: Plain | undefined): boolean {
  return value === true;
}

export function list<T>(decode: (value: Plain) => T): (value: Plain | undefined) => T[] {
  return (value) => (Array.isArray(value) ? value.map(decode) : []);
}

export function map(value: Plain | undefined): Row {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new DecodeError(`expected a map, got ${JSON.stringify(value)}`);
  }
  return value;
}
