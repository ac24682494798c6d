// Reads one socioeco.org-style profile (plain text or a saved HTML page) into its parts.
import { convert } from 'html-to-text';
import { RESOURCE_TYPE_KEY, resourceTypeKey } from '../model/vocabulary.js';
import { resourceTypeOf } from './resource-types.js';

export const MAX_PROFILE_BYTES = 1024 * 1024;

/** Deepest element nesting read from a saved page: real pages nest a few dozen deep, and the HTML
 * reader recurses per level (it overflows the stack near 2,000). */
export const MAX_HTML_NESTING = 500;

export type ProfileErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NO_TITLE' | 'TOO_DEEP';

/** A file that is not a profile: the message says what is wrong and how to fix it. */
export class ProfileError extends Error {
  constructor(
    readonly code: ProfileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ResourceCount {
  /** A key of the model's RESOURCE_TYPES, or an open type key such as "podcasts". */
  type: string;
  count: number;
}

export interface ParsedProfile {
  name: string;
  acronym: string | null;
  language: 'en' | 'fr';
  /** The prose, one entry per paragraph. */
  paragraphs: string[];
  resourceCounts: ResourceCount[];
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
};

const RESOURCE_LINE = /^(\d{1,6}|[\p{L}]+)\s+([\p{L}][\p{L}\s/'’-]*)$/u;
const TITLE = /^(.*?)\s*\(([^()]{1,40})\)\s*$/u;
const FRENCH_WORDS = /\b(?:le|la|les|des|du|est|une|et|pour|dans|avec|depuis|elle|il)\b/giu;
const ENGLISH_WORDS = /\b(?:the|of|and|is|was|has|with|since|its|it|in|for)\b/giu;

function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength === 0) throw new ProfileError('EMPTY', `${file}: the file is empty`);
  if (bytes.byteLength > MAX_PROFILE_BYTES) {
    throw new ProfileError(
      'TOO_LARGE',
      `${file}: ${bytes.byteLength} bytes; a profile must be at most ${MAX_PROFILE_BYTES} bytes (1 MB)`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProfileError('BINARY', `${file}: not UTF-8 text (a binary file?)`);
  }
  if (text.includes('\u0000')) {
    throw new ProfileError('BINARY', `${file}: contains NUL bytes (a binary file?)`);
  }
  return text;
}

function looksLikeHtml(text: string, file: string): boolean {
  return /\.html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<body|<h1)/i.test(text);
}

// Elements that never hold others, so they never open a level.
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
// `[^<>]`: an unclosed tag ends at the next `<`, so the scan stays linear on any text.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;

/** Refuses a page nested deeper than MAX_HTML_NESTING, by a scan of its tags (no tree is built). */
function checkNesting(html: string, file: string): void {
  let depth = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) depth += 1;
    if (depth > MAX_HTML_NESTING) {
      throw new ProfileError(
        'TOO_DEEP',
        `${file}: elements nested more than ${MAX_HTML_NESTING} deep; save the page as it is shown, or as plain text`,
      );
    }
  }
}

/** The page's text with one block per line; headings keep their case. */
function htmlToLines(html: string): string {
  const heading = { options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } };
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'h1', ...heading },
      { selector: 'h2', ...heading },
      { selector: 'h3', ...heading },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'ul', options: { itemPrefix: ' ' } },
      { selector: 'ol', options: { itemPrefix: ' ' } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'header', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
    ],
  });
}

/** "3 Videos" → {type: "videos", count: 3}; undefined for a line that is not a resource count. */
export function parseResourceLine(line: string): ResourceCount | undefined {
  if (line.length > 80 || line.split(/\s+/).length > 8) return undefined;
  const match = RESOURCE_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, amount = '', words = ''] = match;
  const count = /^\d+$/.test(amount) ? Number(amount) : NUMBER_WORDS[amount.toLowerCase()];
  if (count === undefined) return undefined;
  const known = resourceTypeOf(words);
  if (known) return { type: known, count };
  // An unknown type only from a plain "<digits> <one or two words>" line, never from prose.
  if (!/^\d+$/.test(amount) || words.split(/\s+/).length > 3) return undefined;
  const key = resourceTypeKey(words);
  return RESOURCE_TYPE_KEY.test(key) ? { type: key, count } : undefined;
}

function detectLanguage(prose: string): 'en' | 'fr' {
  const french = prose.match(FRENCH_WORDS)?.length ?? 0;
  const english = prose.match(ENGLISH_WORDS)?.length ?? 0;
  return french > english ? 'fr' : 'en';
}

/** Parses a profile's bytes; throws a ProfileError naming the file when it is not a profile. */
export function parseProfile(bytes: Uint8Array, file = 'profile'): ParsedProfile {
  const raw = decodeText(bytes, file);
  const html = looksLikeHtml(raw, file);
  if (html) checkNesting(raw, file);
  const text = html ? htmlToLines(raw) : raw;
  const lines = text.split(/\r?\n/).map((line) =>
    line
      .replace(/\s+/g, ' ')
      .replace(/^[*•·-]\s+/u, '')
      .trim(),
  );
  const titleIndex = lines.findIndex((line) => line !== '');
  if (titleIndex < 0) throw new ProfileError('EMPTY', `${file}: the file holds no text`);
  const title = lines[titleIndex] as string;
  if (title.length > 200 || /[.!?:;]$/.test(title) || !/\p{L}/u.test(title)) {
    throw new ProfileError(
      'NO_TITLE',
      `${file}: the first line must be the actor's name, e.g. "Mouvement pour l'Economie Solidaire (MES)", got "${title.slice(0, 60)}"`,
    );
  }
  const titleMatch = TITLE.exec(title);
  const paragraphs: string[] = [];
  const resourceCounts: ResourceCount[] = [];
  for (const line of lines.slice(titleIndex + 1)) {
    if (line === '') continue;
    const resource = parseResourceLine(line);
    if (resource) resourceCounts.push(resource);
    else paragraphs.push(line);
  }
  return {
    name: (titleMatch?.[1] ?? title).trim(),
    acronym: titleMatch?.[2]?.trim() ?? null,
    language: detectLanguage(paragraphs.join(' ')),
    paragraphs,
    resourceCounts,
  };
}
