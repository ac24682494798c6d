import { DATE_FORMS, type PartialDate, parsePartialDate } from '../model/dates.js';
import type { DatasetIssue, EntryOrigin } from './types.js';

/** Reads the fields of one YAML entry, recording a precise issue for each bad or unknown field. */
export class EntryReader {
  private readonly seen = new Set<string>();

  constructor(
    private readonly raw: Record<string, unknown>,
    readonly origin: EntryOrigin,
    private readonly issues: DatasetIssue[],
    private readonly prefix = '',
  ) {}

  /** The field's name as a curator reads it, e.g. "founded.date". */
  private path(field: string): string {
    return `${this.prefix}${field}`;
  }

  fail(message: string): void {
    this.issues.push({ ...this.origin, message });
  }

  private take(field: string): unknown {
    this.seen.add(field);
    return this.raw[field];
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined && this.raw[field] !== null;
  }

  string(field: string, required: true): string;
  string(field: string, required?: false): string | undefined;
  string(field: string, required = false): string | undefined {
    const value = this.take(field);
    if (value === undefined || value === null) {
      if (required) this.fail(`missing required field "${this.path(field)}"`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(`"${this.path(field)}" must be a non-empty string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value.trim();
  }

  stringList(field: string): string[] {
    const value = this.take(field);
    if (value === undefined || value === null) return [];
    if (
      !Array.isArray(value) ||
      value.some((item) => typeof item !== 'string' || item.trim() === '')
    ) {
      this.fail(`"${this.path(field)}" must be a list of non-empty strings`);
      return [];
    }
    return value.map((item: string) => item.trim());
  }

  boolean(field: string): boolean {
    const value = this.take(field);
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') {
      this.fail(`"${this.path(field)}" must be true or false, got ${JSON.stringify(value)}`);
      return false;
    }
    return value;
  }

  date(field: string, value: unknown = this.take(field)): PartialDate | undefined {
    if (value === undefined || value === null) return undefined;
    // Unquoted, YAML reads "[2002, 2003]" (one of these years) as a list.
    const date = parsePartialDate(Array.isArray(value) ? `[${value.join(',')}]` : value);
    if (!date) {
      this.fail(
        `"${this.path(field)}" is not a date: ${JSON.stringify(value)} (use ${DATE_FORMS})`,
      );
    }
    return date;
  }

  /** A calendar day "YYYY-MM-DD" (YAML may hand it over as a Date). */
  day(field: string): string | undefined {
    const value = this.take(field);
    if (value === undefined || value === null) return undefined;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    const date = parsePartialDate(text);
    if (typeof text !== 'string' || date?.precision !== 'day' || date.value !== text) {
      this.fail(`"${this.path(field)}" must be a day "YYYY-MM-DD", got ${JSON.stringify(value)}`);
      return undefined;
    }
    return text;
  }

  integer(field: string, required = false): number | undefined {
    const value = this.take(field);
    if (value === undefined || value === null) {
      if (required) this.fail(`missing required field "${this.path(field)}"`);
      return undefined;
    }
    if (!Number.isInteger(value)) {
      this.fail(`"${this.path(field)}" must be a whole number, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value as number;
  }

  yearList(field: string): number[] {
    const value = this.take(field);
    if (value === undefined || value === null) return [];
    if (
      !Array.isArray(value) ||
      value.some((year) => !Number.isInteger(year) || year < 1000 || year > 2999)
    ) {
      this.fail(`"${this.path(field)}" must be a list of years (four-digit integers)`);
      return [];
    }
    return [...value].sort((a, b) => a - b);
  }

  /** A nested mapping, read with its own reader that shares this entry's origin. */
  object(field: string): EntryReader | undefined {
    const value = this.take(field);
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.fail(`"${this.path(field)}" must be a mapping`);
      return undefined;
    }
    return new EntryReader(
      value as Record<string, unknown>,
      this.origin,
      this.issues,
      `${this.path(field)}.`,
    );
  }

  /** A list of nested mappings, each read with its own reader, e.g. "founded.alternatives[0].date". */
  objectList(field: string): EntryReader[] {
    const value = this.take(field);
    if (value === undefined || value === null) return [];
    if (
      !Array.isArray(value) ||
      value.some((item) => typeof item !== 'object' || item === null || Array.isArray(item))
    ) {
      this.fail(`"${this.path(field)}" must be a list of mappings`);
      return [];
    }
    return value.map(
      (item, index) =>
        new EntryReader(
          item as Record<string, unknown>,
          this.origin,
          this.issues,
          `${this.path(field)}[${index}].`,
        ),
    );
  }

  /** Raw access for fields with their own shape (lists of mappings, maps of numbers). */
  rawField(field: string): unknown {
    return this.take(field);
  }

  /** Reports every field that no reader asked for: typos must not pass silently. */
  rejectUnknownFields(): void {
    for (const field of Object.keys(this.raw)) {
      if (!this.seen.has(field)) this.fail(`unknown field "${this.path(field)}"`);
    }
  }
}
