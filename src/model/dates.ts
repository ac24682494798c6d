import { parse as parseEdtf } from 'edtf';

/**
 * A date as the sources give it, written in EDTF (ISO 8601-2): "2002", "2002-03", "2002-03-15",
 * "2004~" (around 2004), "2004?" (uncertain), "2004%" (both), "[2002,2003]" (one of these).
 */
export interface PartialDate {
  /** The date as written, in EDTF. */
  value: string;
  /** The earliest year it can be: what filters and sorting use. */
  year: number;
  /** The latest year it can be; differs from `year` only for "one of" dates. */
  latestYear: number;
  precision: 'year' | 'month' | 'day';
  /** "around": the sources give the date approximately ("~" or "%"). */
  approximate: boolean;
  /** The sources are not sure of it ("?" or "%"). */
  uncertain: boolean;
  /** For "one of" dates, the candidate dates as written, e.g. ["2002", "2003"]. */
  oneOf: string[];
}

const PLAIN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISIONS = ['year', 'month', 'day'] as const;

/** A plain calendar date, the common case, without the EDTF grammar. */
function plainDate(value: string): PartialDate | undefined {
  const match = PLAIN_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return {
    value,
    year,
    latestYear: year,
    precision,
    approximate: false,
    uncertain: false,
    oneOf: [],
  };
}

type Parsed = ReturnType<typeof parseEdtf>;

/** A qualified single date ("2004~", "2004-05?"): no unspecified digits, no seasons. */
function qualifiedDate(value: string, parsed: Parsed): PartialDate | undefined {
  if (parsed.type !== 'Date' || parsed.unspecified) return undefined;
  const plain = plainDate(value.replace(/[~?%]/g, ''));
  if (!plain) return undefined;
  const flag = (qualifier: boolean | number | undefined) => Boolean(qualifier);
  return {
    ...plain,
    value,
    approximate: flag(parsed.approximate),
    uncertain: flag(parsed.uncertain),
  };
}

/** "[2002,2003]": one of several plain dates. */
function oneOfDates(value: string, parsed: Parsed): PartialDate | undefined {
  if (parsed.type !== 'Set') return undefined;
  const candidates = value
    .slice(1, -1)
    .split(',')
    .map((item) => plainDate(item.trim()));
  if (candidates.length < 2 || candidates.some((date) => date === undefined)) return undefined;
  const dates = candidates as PartialDate[];
  const years = dates.map((date) => date.year);
  const coarsest = Math.min(...dates.map((date) => PRECISIONS.indexOf(date.precision)));
  return {
    value,
    year: Math.min(...years),
    latestYear: Math.max(...years),
    precision: PRECISIONS[coarsest] ?? 'year',
    approximate: false,
    uncertain: true,
    oneOf: dates.map((date) => date.value),
  };
}

/** Parses a date as the model writes it; undefined when it is not one of the accepted EDTF forms. */
export function parsePartialDate(value: unknown): PartialDate | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return parsePartialDate(String(value));
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const plain = plainDate(value);
  if (plain) return plain;
  let parsed: Parsed;
  try {
    parsed = parseEdtf(value);
  } catch {
    return undefined;
  }
  return qualifiedDate(value, parsed) ?? oneOfDates(value, parsed);
}

/** What a curator may write, for error messages. */
export const DATE_FORMS =
  '"YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by ~ (around), ? (uncertain) or % (both), or "[YYYY,YYYY]" for one of several';

/** True when `a` is surely before `b`: compared at the coarser of the two precisions. */
export function isBefore(a: PartialDate, b: PartialDate): boolean {
  if (a.oneOf.length > 0 || b.oneOf.length > 0) return a.latestYear < b.year;
  const plainA = a.value.replace(/[~?%]/g, '');
  const plainB = b.value.replace(/[~?%]/g, '');
  const length = Math.min(plainA.length, plainB.length);
  return plainA.slice(0, length) < plainB.slice(0, length);
}
