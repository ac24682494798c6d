import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BOUNDS,
  CAPS,
  DOCUMENT_LIMITS,
  LIST_LIMITS,
  WRITE_LIMITS,
  YEARS,
} from '../../src/limits.js';

const SDL = readFileSync('schema/schema.graphql', 'utf8');

/** Every number of the bounds table. */
const TABLE = new Set<number>([
  ...Object.values(BOUNDS).flatMap((bound) => [bound.min, bound.max, bound.default]),
  ...Object.values(CAPS),
  ...Object.values(WRITE_LIMITS),
  ...Object.values(LIST_LIMITS),
  ...Object.values(DOCUMENT_LIMITS),
  YEARS.min,
  YEARS.max,
]);

/** Phrases that state a bound, each capturing its numbers. */
const BOUND_PHRASES = [
  /\b(?:at most|up to|more than|first) (\d[\d,]*)/gi,
  /(-?\d[\d,]*) to (-?\d[\d,]*)/g,
  /\bdefault (\d[\d,]*)/g,
  /\b(\d[\d,]*) or more\b/g,
];

function descriptions(sdl: string): string[] {
  return [...sdl.matchAll(/"""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)"/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

function boundsIn(text: string): number[] {
  return BOUND_PHRASES.flatMap((phrase) =>
    [...text.matchAll(phrase)].flatMap((match) =>
      match.slice(1).map((number) => Math.abs(Number((number ?? '').replaceAll(',', '')))),
    ),
  );
}

describe('the bounds the schema states', () => {
  it('are found in its descriptions', () => {
    expect(descriptions(SDL).flatMap(boundsIn).length).toBeGreaterThan(40);
  });

  it('are every one a number of the bounds table', () => {
    const stray = descriptions(SDL).flatMap((text) =>
      boundsIn(text)
        .filter((number) => !TABLE.has(number))
        .map((number) => `${number} in "${text.trim()}"`),
    );
    expect(stray).toEqual([]);
  });

  it('state the default an argument really has', () => {
    const mismatched = [
      ...SDL.matchAll(/"""([^"]*?default (\d+)[^"]*?)"""\s+(\w+): Int = (\d+)/g),
    ].filter((match) => match[2] !== match[4]);
    expect(mismatched.map((match) => match[3])).toEqual([]);
  });
});
