import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/import/names.js';
import { wholeWords } from '../../src/import/words.js';

describe('kind words are read as whole words', () => {
  it('takes no kind from a word inside an accented word', () => {
    expect(kindOf('La Réunion')).toBeNull();
    expect(kindOf('Coopérative de La Réunion')).toBe('Cooperative');
  });

  it('reads the kind a whole word gives, at either end of the name', () => {
    expect(kindOf('Union régionale des Scop')).toBe('Federation');
    expect(kindOf('Réseau Cocagne')).toBe('Network');
    expect(kindOf('Fondation de France')).toBe('Foundation');
    expect(kindOf('Crédit Coopératif')).toBe('Cooperative');
  });

  it('takes no co-operative kind from "coopération"', () => {
    expect(kindOf('Agence de coopération')).toBe('PublicBody');
    expect(kindOf('Coopération décentralisée')).toBeNull();
  });

  it('wholeWords treats letters and digits of any script as inside a word', () => {
    const union = wholeWords('union', 'iu');
    expect(union.test('Réunion')).toBe(false);
    expect(union.test('union2')).toBe(false);
    expect(union.test("l'Union")).toBe(true);
    expect(union.test('Union-Europe')).toBe(true);
  });
});
