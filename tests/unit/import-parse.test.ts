import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_HTML_NESTING,
  ProfileError,
  parseProfile,
  parseResourceLine,
} from '../../src/import/parse.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/profiles/${name}`, import.meta.url));
const bytes = (text: string) => new TextEncoder().encode(text);

function errorCode(input: Uint8Array, file = 'x.txt'): string | undefined {
  try {
    parseProfile(input, file);
  } catch (error) {
    if (error instanceof ProfileError) return error.code;
    throw error;
  }
  return undefined;
}

describe('profile parser', () => {
  it('reads the MES seed: title, acronym, prose and the seven resource counts', () => {
    const profile = parseProfile(fixture('00-mes-socioeco.txt'), '00-mes-socioeco.txt');
    expect(profile.name).toBe('Mouvement pour l’Economie Solidaire');
    expect(profile.acronym).toBe('MES');
    expect(profile.language).toBe('en');
    expect(profile.paragraphs).toHaveLength(3);
    expect(profile.resourceCounts).toEqual([
      { type: 'publications', count: 1 },
      { type: 'videos', count: 3 },
      { type: 'pedagogicalTools', count: 18 },
      { type: 'proposals', count: 2 },
      { type: 'analyses', count: 4 },
      { type: 'publicContributions', count: 1 },
      { type: 'articles', count: 14 },
    ]);
  });

  it('reads a French profile', () => {
    const profile = parseProfile(fixture('03-atelier-des-communs-ruraux.txt'));
    expect(profile.language).toBe('fr');
    expect(profile.resourceCounts).toEqual([
      { type: 'publications', count: 1 },
      { type: 'pedagogicalTools', count: 4 },
      { type: 'proposals', count: 2 },
      { type: 'articles', count: 1 },
    ]);
  });

  it('reads a saved HTML page through its DOM: heading as title, list items as counts, no navigation', () => {
    const profile = parseProfile(fixture('04-maison-des-initiatives.html'), 'p.html');
    expect(profile.name).toBe('Maison des Initiatives Solidaires du Bocage');
    expect(profile.acronym).toBe('MISB');
    expect(profile.paragraphs.join(' ')).not.toMatch(/Accueil|socioeco/);
    expect(profile.resourceCounts).toEqual([
      { type: 'publications', count: 2 },
      { type: 'videos', count: 1 },
      { type: 'podcasts', count: 3 },
    ]);
  });

  it.each([
    ['One publication', 'publications', 1],
    ['A training', 'trainings', 1],
    ['2 case studies', 'caseStudies', 2],
    ['4 Analyses/working papers/articles', 'analyses', 4],
    ['Une publication', 'publications', 1],
    ['4 outils pédagogiques', 'pedagogicalTools', 4],
    ['Un article', 'articles', 1],
    ['2 études de cas', 'caseStudies', 2],
    ['3 podcasts', 'podcasts', 3],
  ])('reads the resource line "%s"', (line, type, count) => {
    expect(parseResourceLine(line)).toEqual({ type, count });
  });

  it.each([
    'A historic player in the development of the SSE',
    'One day it joined',
    '2 or 3 things we know about it',
  ])('does not take the prose line "%s" for a resource count', (line) => {
    expect(parseResourceLine(line)).toBeUndefined();
  });

  it('refuses empty, blank, binary, oversized and nameless files with a code', () => {
    expect(errorCode(new Uint8Array())).toBe('EMPTY');
    expect(errorCode(bytes('\n  \n'))).toBe('EMPTY');
    expect(errorCode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]))).toBe('BINARY');
    expect(errorCode(new Uint8Array(5 * 1024 * 1024).fill(0x61))).toBe('TOO_LARGE');
    expect(
      errorCode(bytes('About us\nit was founded in 2002 by people of good will.\n\n3 Videos')),
    ).toBe('NO_TITLE');
  });

  it('refuses a saved page nested deeper than it reads, and reads one at the bound', () => {
    const nested = (depth: number) =>
      bytes(
        `<html><body><h1>Deep (D)</h1>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`,
      );
    expect(errorCode(nested(5_000))).toBe('TOO_DEEP');
    expect(parseProfile(nested(MAX_HTML_NESTING - 2), 'deep.html').name).toBe('Deep');
    // Void and self-closing elements open no level; an unclosed tag does not hide the rest.
    const flat = `<h1>Flat (F)</h1>${'<br><img src="x"/><p>a</p>'.repeat(2_000)}<p unclosed`;
    expect(parseProfile(bytes(flat), 'flat.html').name).toBe('Flat');
  });
});
