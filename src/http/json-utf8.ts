// A JSON answer as UTF-8 bytes, the same bytes as `Buffer.from(JSON.stringify(value))`, without
// the price V8 puts on a large two-byte string: one character above U+00FF (a „ or – in a name)
// makes JSON.stringify's whole output two-byte, and past about 64,000 characters it then ran 6 to
// 13 times slower than on the same answer in one-byte text (subgraph d.: 80 KB, 1.5 ms against
// 0.1 ms); writing that string to the socket copied it twice more. Here each non-ASCII string is
// replaced by its UTF-8 bytes held one per character (latin1), so the text stays one-byte and its
// latin1 encoding is the UTF-8 answer.

import { mapListCopyOnWrite, mapValuesCopyOnWrite } from '../copy-on-write.js';

const NON_ASCII = /[\u0080-\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A value the plain path must serialise (JSON.stringify's own rules apply to it). */
class NotPlain extends Error {}

function asciiKey(key: string): boolean {
  for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) > 0x7f) return false;
  return true;
}

/** A string's UTF-8 bytes, one per character; a lone surrogate (JSON.stringify escapes it) is not plain. */
function utf8AsLatin1(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  if (LONE_SURROGATE.test(text)) throw new NotPlain();
  return Buffer.from(text, 'utf8').toString('latin1');
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !('toJSON' in value);
}

/** `value` with every string as `utf8AsLatin1`; lists and maps are copied only where one changed. */
function withUtf8Strings(value: unknown): unknown {
  if (typeof value === 'string') return utf8AsLatin1(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return mapListCopyOnWrite(value, withUtf8Strings);
  if (!isPlainObject(value)) throw new NotPlain();
  return mapValuesCopyOnWrite(value, withUtf8Entry);
}

/** A map's value for `withUtf8Strings`: a non-ASCII key is left to JSON.stringify. */
function withUtf8Entry(item: unknown, key: string): unknown {
  if (!asciiKey(key)) throw new NotPlain();
  return withUtf8Strings(item);
}

/**
 * `Buffer.from(JSON.stringify(value))`, byte for byte, for a JSON answer made of plain maps, lists
 * and scalars; anything else (errors, `toJSON`, non-ASCII keys) takes JSON.stringify itself.
 */
export function jsonUtf8(value: unknown): Buffer {
  let converted: unknown;
  try {
    converted = withUtf8Strings(value);
  } catch (error) {
    if (!(error instanceof NotPlain)) throw error;
    return Buffer.from(JSON.stringify(value) ?? '');
  }
  return Buffer.from(JSON.stringify(converted) ?? '', 'latin1');
}
