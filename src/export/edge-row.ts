import type { Plain } from '../db/plain.js';
import { num, type Row, text } from '../db/query.js';
import { relationStartYear } from '../model/active-at.js';
import { parsePartialDate } from '../model/dates.js';
import { RELATION_TYPES } from '../model/vocabulary.js';
import type { ExportEdge } from './graph-query.js';

/** Every model type, for typed patterns `-[r:A|B|…]->` (a closed vocabulary, never a value). */
export const MODEL_TYPE_PATTERN = Object.keys(RELATION_TYPES).join('|');

/**
 * Cypher for relationship `r` from `a` to `b` as exports write it: only the properties the files
 * hold, read in one map projection and handed over as a list (the driver decodes no names), with
 * its element id (the cursor's tie-break) and its first year by the rule of `activeAt`.
 */
export function exportEdgeProjection(r: string, a: string, b: string): string {
  const fields = ['since', 'until', 'role', 'founding', 'attested', 'disputed', 'note', 'sources'];
  const stored = `${r} {${fields.map((field) => `.${field}`).join(', ')}}`;
  const values = fields.map((field) => `stored.${field}`).join(', ');
  return `[stored IN [${stored}] | [type(${r}), ${a}.key, ${b}.key, ${values}, elementId(${r}), ${relationStartYear(r, a, b)}]][0]`;
}

const optionalText = (value: Plain | undefined) => (typeof value === 'string' ? value : null);
const date = (value: Plain | undefined) =>
  value === null || value === undefined ? undefined : parsePartialDate(value);

function filtered<T extends Plain>(value: Plain | undefined, keep: (item: Plain) => item is T) {
  return Array.isArray(value) ? value.filter(keep) : [];
}
const isNumber = (item: Plain): item is number => typeof item === 'number';
const isText = (item: Plain): item is string => typeof item === 'string';

/** An edge and its element id from `exportEdgeProjection`, read as `relationFromProps` reads it. */
export function decodeExportEdge(value: Plain | undefined): { edge: ExportEdge; id: string } {
  if (!Array.isArray(value)) throw new TypeError('expected an export edge row');
  const [type, from, to, since, until, role, founding, attested, disputed, note, sources] = value;
  const [id, startYear] = [value[11], value[12]];
  const [start, end] = [date(since), date(until)];
  const [source, target, kind] = [text(from), text(to), text(type)];
  return {
    id: text(id),
    edge: {
      id: `${source}|${kind}|${target}`,
      source,
      target,
      type: kind,
      since: start?.value ?? null,
      until: end?.value ?? null,
      role: optionalText(role),
      founding: founding === true,
      attested: filtered(attested, isNumber),
      startYear: start?.year ?? (startYear === null ? null : num(startYear)),
      endYear: end?.year ?? null,
      disputed: disputed === true,
      note: optionalText(note),
      sources: filtered(sources, isText),
      sourceUrls: [],
    },
  };
}

/** Rows whose one column `edge` is an `exportEdgeProjection`. */
export const decodeExportEdgeRow = (row: Row) => decodeExportEdge(row.edge);
