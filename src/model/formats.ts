// The formats of keys, languages, URLs and days: one rule each, for the curated files, the write API
// and the importer alike.
import { WRITE_LIMITS } from '../limits.js';

/** A node key: lowercase words joined by "-", e.g. "ripess-europe". */
export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Sorts after every key of KEY_PATTERN ('{' follows 'z'): the open end of a range of keys. */
export const ABOVE_EVERY_KEY = '{';
/** Curated sources are S1, S12b…; the write API also accepts other keys of letters, digits, . _ - */
export const SOURCE_KEY_PATTERN = new RegExp(
  `^[A-Za-z0-9][A-Za-z0-9._-]{0,${WRITE_LIMITS.key - 1}}$`,
);
const LANGUAGE_CODE = /^[a-z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639-1 language code that names a language, e.g. "fr". */
export function isLanguageCode(code: string): boolean {
  return LANGUAGE_CODE.test(code) && languageNames.of(code) !== undefined;
}

/** Why `text` is not an absolute http(s) URL without credentials, or null when it is one. */
export function httpUrlProblem(text: string): string | null {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '') {
    return 'must be an http(s) URL';
  }
  if (url.username || url.password) return 'must not contain a user name or password';
  return null;
}

/** A calendar day "YYYY-MM-DD" that exists, as a UTC date; null otherwise. */
export function calendarDay(text: string): Date | null {
  const date = DAY.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    return null;
  return date;
}
