// Blocks of consecutive lines that share one shape, read as a table: each row's name cell taken whole.
import { normalise } from '../text/normalise.js';
import { CONNECTOR } from './page-actor.js';
import { acronymLetters, spellsAcronym } from './spelled-name.js';
import { LEGAL_FORM } from './words.js';

/** One row of a table: its name cell, its acronym cell and the group cell carried down to it. */
export interface TableRow {
  line: string;
  /** The cell between the running number and the acronym (or after "ACR :"), whole. */
  name: string;
  acronym: string | null;
  /** Whether the acronym's letters are spelled by the name's words (or it stands in its brackets). */
  spelled: boolean;
  /** The first cell ("Kenya"), written on a group's first row only and carried down to the rest. */
  group: string | null;
  number: number;
}

export interface TableBlock {
  rows: TableRow[];
  /** The index of the first line after the block. */
  end: number;
}

/** "Country 12 Name ACR": a group cell (no digit), a running number, then the name and its acronym. */
const NUMBERED_CELLS = /^(?:(\p{Lu}[^\d]{0,40}?)\s+)?(\d{1,3})\.?\s+(\p{Lu}.*)$/u;
/** "7. ACR : Full name": a numbered item whose acronym comes first, set apart by a colon or a dash. */
const ACRONYM_FIRST = /^(\d{1,3})[.)]\s+(\p{Lu}[\p{Lu}\d&.'’-]*\p{Lu})\s*[:–—]\s+(\S.*)$/u;
/** "• ACR : Full name", "ACR – Full name": the same item, bulleted or bare, counted by its place. */
const ACRONYM_LABEL = /^(?:[*•·▪◦–-]\s+)?(\p{Lu}[\p{Lu}\d&.'’-]*\p{Lu})\s*[:–—]\s+(\S.*)$/u;
/** "10. Name": a numbered item without an acronym, a row of the same list when its number follows. */
const NUMBERED_ITEM = /^(\d{1,3})[.)]\s+(\p{Lu}.*)$/u;
/** A token opened by two capitals ("NWCA", "FPC-CI", "ASCCo"): an acronym cell opens with one. */
const CAPITALS_TOKEN = /^\p{Lu}{2}[\p{L}\d&.-]*$/u;
/** At most this many letters of one word go into an acronym ("COOP" from "Cooperative"). */
const MAX_LETTERS_PER_WORD = 4;
/** A running number counts up by one; some numbers lost in a scrape, or repeated, still count up. */
const MAX_STEP = 3;
const MIN_ROWS = 3;
/** Between a heading and its table: its column header line ("Country No. Name"), short, no sentence. */
const MAX_HEADER_WORDS = 8;

const wordsOf = (text: string) => text.split(/\s+/u).filter(Boolean);

const letterForm = acronymLetters;

/** Whether the words' leading letters spell the letters in order, every word but a connector used. */
function spells(letters: string, words: readonly string[]): boolean {
  const forms = words.map(letterForm);
  const skippable = words.map((word, index) => forms[index] === '' || CONNECTOR.test(word));
  // From a word on, connectors and a closing legal form ("… Ltd") may go unspelled.
  const droppableFrom = words.map(() => false).concat(true);
  for (let index = words.length - 1; index >= 0; index -= 1)
    droppableFrom[index] =
      (droppableFrom[index + 1] as boolean) &&
      (CONNECTOR.test(words[index] as string) ||
        LEGAL_FORM.test(normalise(words[index] as string).replace(/\s/gu, '')));
  return spellsAcronym(letters, forms, MAX_LETTERS_PER_WORD, skippable, droppableFrom);
}

/** Whether the acronym stands for the name: its letters spelled, a place after a hyphen written whole. */
export function acronymSpelledBy(acronym: string, name: string): boolean {
  const words = wordsOf(name.replace(/\([^()]*\)/gu, ' '));
  const bracketed = /\(([^()]*)\)/u.exec(name)?.[1];
  // "Name (AGRIC COOP GHANA)" then "AGRIC COOP": the row repeats the acronym its name cell holds.
  if (bracketed && normalise(bracketed).startsWith(normalise(acronym))) return true;
  const letters = letterForm(acronym);
  if (letters.length < 2) return false;
  if (spells(letters, words)) return true;
  // "GEA-BENIN : Groupement … du Bénin": the place closes both the acronym and the name.
  const parts = acronym.split('-');
  const last = words.at(-1);
  return (
    parts.length > 1 &&
    last !== undefined &&
    letterForm(parts.at(-1) as string) === letterForm(last) &&
    spells(letterForm(parts.slice(0, -1).join('')), words.slice(0, -1))
  );
}

/**
 * "Cooperative Bank of Oromia Coopbank": a last word in one piece that the name's first words
 * spell, a short form rather than an acronym, opens the acronym cell.
 */
function shortFormAt(tokens: readonly string[]): number | undefined {
  const at = tokens.length - 1;
  const last = tokens[at];
  if (at < 2 || last === undefined || !/^\p{Lu}\p{Ll}{3,}$/u.test(last)) return undefined;
  for (let words = 2; words <= at; words += 1)
    if (spells(letterForm(last), tokens.slice(0, words))) return at;
  return undefined;
}

/** "Name ACR" split where the acronym cell opens: its first capitals token after two words or more. */
function nameAndAcronym(cells: string): { name: string; acronym: string | null } {
  const tokens = wordsOf(
    cells.replace(/\([^()]*\)/gu, (group) => group.replace(/\s+/gu, '\u00a0')),
  );
  const candidates: number[] = [];
  for (let at = 2; at < tokens.length; at += 1) {
    const token = tokens[at] as string;
    if (CAPITALS_TOKEN.test(token) && !CONNECTOR.test(token)) candidates.push(at);
  }
  const nameUpTo = (at: number) =>
    tokens
      .slice(0, at)
      .join(' ')
      .replace(/\u00a0/gu, ' ');
  // The split whose acronym the name spells, else the first capitals token.
  const spelledAt = candidates.find((at) => acronymSpelledBy(tokens[at] as string, nameUpTo(at)));
  const at = spelledAt ?? candidates[0] ?? shortFormAt(tokens);
  if (at === undefined) return { name: nameUpTo(tokens.length), acronym: null };
  return { name: nameUpTo(at), acronym: tokens.slice(at).join(' ') };
}

type Shape = 'cells' | 'acronymFirst' | 'acronymLabel';

/** The cells of one line, in the shape given; `place` numbers the rows of a list without numbers. */
function rowOf(line: string, shape: Shape, place: number): TableRow | undefined {
  if (shape === 'acronymLabel') {
    const label = ACRONYM_LABEL.exec(line);
    if (!label) return undefined;
    const [, acronym = '', name = ''] = label;
    const cell = name.replace(/[\s;,.]+$/u, '');
    const spelled = acronymSpelledBy(acronym, cell);
    return { line, name: cell, acronym, spelled, group: null, number: place };
  }
  if (shape === 'acronymFirst') {
    const first = ACRONYM_FIRST.exec(line);
    if (first) {
      const [, number = '', acronym = '', name = ''] = first;
      const cell = name.replace(/[\s;,.]+$/u, '');
      const spelled = acronymSpelledBy(acronym, cell);
      return { line, name: cell, acronym, spelled, group: null, number: Number(number) };
    }
    const plain = NUMBERED_ITEM.exec(line);
    if (!plain) return undefined;
    const [, number = '', name = ''] = plain;
    const cell = name.replace(/[\s;,.]+$/u, '');
    return { line, name: cell, acronym: null, spelled: false, group: null, number: Number(number) };
  }
  const cells = NUMBERED_CELLS.exec(line);
  if (!cells) return undefined;
  const [, group, number = '', rest = ''] = cells;
  const { name, acronym } = nameAndAcronym(rest.trim());
  if (wordsOf(name).length < 2) return undefined;
  const spelled = acronym !== null && acronymSpelledBy(wordsOf(acronym)[0] as string, name);
  return {
    line,
    name: name.replace(/\s+/gu, ' '),
    acronym,
    spelled,
    group: group ?? null,
    number: Number(number),
  };
}

/** The rows from `start` on that share one shape, with a running number that counts up. */
function rowsFrom(lines: readonly string[], start: number, shape: Shape) {
  const rows: TableRow[] = [];
  let index = start;
  let group: string | null = null;
  for (; index < lines.length; index += 1) {
    const line = (lines[index] as string).trim();
    if (line === '') continue;
    const row = rowOf(line, shape, rows.length + 1);
    const previous = rows.at(-1);
    if (!row) break;
    if (previous && (row.number < previous.number || row.number > previous.number + MAX_STEP))
      break;
    // A group cell written on a group's first row only: the rows under it belong to it too.
    group = row.group ?? group;
    rows.push({ ...row, group });
  }
  return { rows, end: index };
}

/** Whether the rows make a table: enough of them, counting up, most acronyms spelled by their names. */
function isTable(rows: readonly TableRow[]): boolean {
  if (rows.length < MIN_ROWS) return false;
  if ((rows.at(-1) as TableRow).number <= (rows[0] as TableRow).number) return false;
  return rows.filter((row) => row.spelled).length * 2 >= rows.length;
}

/**
 * The table that opens at `start` (after blank lines and, when `header`, at most one column header
 * line), or none when the lines there share no table's shape; with how far the rows were read, so
 * that a caller trying each line skips the lines one failed scan already read.
 */
export function scanTableAt(
  lines: readonly string[],
  start: number,
  header = true,
): { table: TableBlock | undefined; scannedTo: number } {
  let index = start;
  while (index < lines.length && (lines[index] as string).trim() === '') index += 1;
  const first = (lines[index] ?? '').trim();
  const starts = [index];
  if (header && wordsOf(first).length <= MAX_HEADER_WORDS && !/[.!?:;]$|\d/u.test(first))
    starts.push(index + 1);
  let scannedTo = start;
  for (const at of starts)
    for (const shape of ['cells', 'acronymFirst', 'acronymLabel'] as const) {
      const { rows, end } = rowsFrom(lines, at, shape);
      if (isTable(rows)) return { table: { rows, end }, scannedTo: end };
      scannedTo = Math.max(scannedTo, end);
    }
  return { table: undefined, scannedTo };
}

/** The table that opens at `start`, or undefined (see `scanTableAt`). */
export const tableAt = (lines: readonly string[], start: number, header = true) =>
  scanTableAt(lines, start, header).table;
