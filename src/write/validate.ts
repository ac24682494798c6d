import { badInput } from '../domain-error.js';

import { WRITE_LIMITS } from '../limits.js';
import {
  calendarDay,
  httpUrlProblem,
  isLanguageCode,
  SOURCE_KEY_PATTERN,
} from '../model/formats.js';

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
  if (!SOURCE_KEY_PATTERN.test(key)) {
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
  const problem = httpUrlProblem(text);
  if (problem === 'must be an http(s) URL') {
    throw badInput(field, `${problem}, got ${JSON.stringify(text)}`);
  }
  if (problem) throw badInput(field, problem);
  return text;
}

/** An ISO 639-1 language code, e.g. "fr". */
export function languageCode(field: string, value: string): string {
  const code = value.trim();
  if (!isLanguageCode(code)) {
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
  const date = calendarDay(text);
  if (!date) {
    throw badInput(field, `must be a date "YYYY-MM-DD", got ${JSON.stringify(text)}`);
  }
  // A day of slack: "today" in the writer's time zone may be tomorrow in UTC.
  if (date.getTime() > Date.now() + 86_400_000) throw badInput(field, 'must not be in the future');
  return text;
}
