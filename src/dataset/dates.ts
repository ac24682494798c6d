/** A date known to the year, the month or the day, as the sources give it. */
export interface PartialDate {
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  value: string;
  year: number;
  precision: 'year' | 'month' | 'day';
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined when malformed or not a calendar date. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return parsePartialDate(String(value));
  if (typeof value !== 'string') return undefined;
  const match = DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { value, year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { value, year, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { value, year, precision: 'day' };
}

/** True when `a` is surely before `b`: compared at the coarser of the two precisions. */
export function isBefore(a: PartialDate, b: PartialDate): boolean {
  const length = Math.min(a.value.length, b.value.length);
  return a.value.slice(0, length) < b.value.slice(0, length);
}
