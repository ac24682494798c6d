// Session 19: one home for kind words and number words; counted lists widened to any plural kind noun. Invented text.
import { describe, expect, it } from 'vitest';
import { LONE_KIND_NOUNS, MEMBER_KIND_PLURALS } from '../../src/import/kind-words.js';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { namedThing } from '../../src/import/names.js';
import { numberWords, smallCount } from '../../src/import/number-words.js';

describe('number words, one home', () => {
  it('gives the words of a range, English then French, each once', () => {
    expect(numberWords(2, 5)).toEqual([
      'two',
      'three',
      'four',
      'five',
      'deux',
      'trois',
      'quatre',
      'cinq',
    ]);
    expect(numberWords(6, 6)).toEqual(['six']);
  });

  it('counts a small number word or an article, and nothing above the limit', () => {
    expect(smallCount('an', 3)).toBe(1);
    expect(smallCount('trois', 3)).toBe(3);
    expect(smallCount('quatre', 3)).toBeUndefined();
    expect(smallCount('constructor', 3)).toBeUndefined();
  });
});

describe('kind words, one home', () => {
  it('keeps the subsets each reader needs', () => {
    expect(LONE_KIND_NOUNS).toContain('réseau');
    expect(MEMBER_KIND_PLURALS).toContain('federations');
    expect(nameShapeFault('Réseau', 'Le Réseau a grandi.', false)).toBe('kind');
    expect(nameShapeFault('NGOs', 'Many NGOs joined.', false)).toBe('kind');
    expect(namedThing('Fédération')).toBeUndefined();
    expect(namedThing('le réseau national Tarvel Tiers-Lieux')).toBe('Tarvel Tiers-Lieux');
  });
});
