import { badInput } from '../domain-error.js';

/** Bounds on written values, so one write cannot bloat the graph. */
export const WRITE_LIMITS = {
  key: 64,
  url: 2048,
  title: 300,
  name: 200,
  quote: 2000,
  reason: 1000,
} as const;

const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Trimmed text of 1..max characters. */
export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badInput(field, 'must not be empty');
  if (text.length > max) throw badInput(field, `is longer than ${max} characters`);
  return text;
}

/** Like requiredText, but null / blank means absent. */
export function optionalText(field: string, value: string | null | undefined, max: number) {
  return value == null || value.trim() === '' ? null : requiredText(field, value, max);
}

export function keyValue(field: string, value: string): string {
  const key = requiredText(field, value, WRITE_LIMITS.key);
  if (!KEY_PATTERN.test(key)) {
    throw badInput(
      field,
      'may hold only letters, digits, ".", "_" and "-", starting with a letter or digit',
    );
  }
  return key;
}

/** An absolute http(s) URL without credentials in it. */
export function httpUrl(field: string, value: string): string {
  const text = requiredText(field, value, WRITE_LIMITS.url);
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.hostname === '') {
    throw badInput(field, `must be an http(s) URL, got ${JSON.stringify(text)}`);
  }
  if (url.username || url.password)
    throw badInput(field, 'must not contain a user name or password');
  return text;
}

/** An ISO 639-1 language code, e.g. "fr". */
export function languageCode(field: string, value: string): string {
  const code = value.trim();
  if (!/^[a-z]{2}$/.test(code) || languageNames.of(code) === undefined) {
    throw badInput(
      field,
      `must be an ISO 639-1 language code such as "fr" or "en", got ${JSON.stringify(code)}`,
    );
  }
  return code;
}

/** A calendar date "YYYY-MM-DD" that is not in the future. */
export function pastDate(field: string, value: string): string {
  const text = value.trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    throw badInput(field, `must be a date "YYYY-MM-DD", got ${JSON.stringify(text)}`);
  }
  // A day of slack: "today" in the writer's time zone may be tomorrow in UTC.
  if (date.getTime() > Date.now() + 86_400_000) throw badInput(field, 'must not be in the future');
  return text;
}
