import type { Plain } from '../db/plain.js';
import { num, type Row, text } from '../db/query.js';
import { relationStartYear } from '../model/active-at.js';
import { type ReadProps, relationFromProps } from '../model/storage.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import { type ExportEdge, toEdge } from './graph-query.js';

/** The stored properties a row carries, after its type and end keys; its element id and first year follow. */
const STORED = ['since', 'until', 'role', 'founding', 'attested', 'disputed', 'note', 'sources'];
const ID_AT = 3 + STORED.length;
const START_YEAR_AT = ID_AT + 1;

/** Every model type, for typed patterns `-[r:A|B|…]->` (a closed vocabulary, never a value). */
export const MODEL_TYPE_PATTERN = Object.keys(RELATION_TYPES).join('|');

/**
 * Cypher for relationship `r` from `a` to `b` as exports write it: only the properties the files
 * hold, read in one map projection and handed over as a list (the driver decodes no names), with
 * its element id (the cursor's tie-break) and its first year by the rule of `activeAt`.
 */
export function exportEdgeProjection(r: string, a: string, b: string): string {
  const stored = `${r} {${STORED.map((field) => `.${field}`).join(', ')}}`;
  const values = STORED.map((field) => `stored.${field}`).join(', ');
  return `[stored IN [${stored}] | [type(${r}), ${a}.key, ${b}.key, ${values}, elementId(${r}), ${relationStartYear(r, a, b)}]][0]`;
}

/** A row of `exportEdgeProjection`, left undecoded until it is known to be written. */
export type EdgeRow = Plain[];

/** The row as the query's decoder hands it over. */
export function edgeRow(row: Row): EdgeRow {
  const value = row.edge;
  if (!Array.isArray(value)) throw new TypeError('expected an export edge row');
  return value;
}

/** What a keyset cursor keeps of the last row: its from key, type, to key and element id. */
export function edgeRowCursor(row: EdgeRow) {
  return { type: text(row[0]), from: text(row[1]), to: text(row[2]), id: text(row[ID_AT]) };
}

/** The row's element id. */
export const edgeRowId = (row: EdgeRow) => text(row[ID_AT]);

/** The key of the row's end node. */
export const edgeRowTarget = (row: EdgeRow) => text(row[2]);

/** The edge of a row, its properties read by the rules every relationship is read by. */
export function decodeExportEdge(row: EdgeRow): ExportEdge {
  const props: ReadProps = {};
  STORED.forEach((field, at) => {
    props[field] = row[3 + at] ?? null;
  });
  const relation = relationFromProps(text(row[0]), text(row[1]), text(row[2]), props);
  const startYear = row[START_YEAR_AT];
  return toEdge(relation, startYear === null || startYear === undefined ? null : num(startYear));
}
