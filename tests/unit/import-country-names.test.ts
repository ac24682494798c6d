// Session 23: a country written the way pages write it, not only the way CLDR does, is a place
// (invented sentences; the countries are real by design).
import { describe, expect, it } from 'vitest';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { isPlace } from '../../src/import/names.js';

const fault = (name: string, evidence: string) => nameShapeFault(name, evidence, false);

describe('a country by its usual name', () => {
  it('is a place in its long form, without its compass word, or by its other name', () => {
    for (const name of [
      'République démocratique du Congo',
      'Democratic Republic of the Congo',
      'la Corée',
      'Korea',
      'Burma',
      'Palestine',
      'Czech Republic',
    ])
      expect(isPlace(name)).toBe(true);
  });

  it('is no body in a list of countries', () => {
    const meeting =
      "L'Atelier Kelp réunit des experts de dix pays, dont le Maroc, la Corée et la République Démocratique du Congo.";
    expect(fault('Corée', meeting)).toBe('place');
    expect(fault('République Démocratique du Congo', meeting)).toBe('place');
  });

  it('leaves a body whose name holds a place or a compass word', () => {
    expect(isPlace('Banque Populaire du Nord')).toBe(false);
    expect(
      fault('Banque Populaire du Nord', 'Elle a rejoint la Banque Populaire du Nord.'),
    ).toBeNull();
    expect(fault('Korea Kelp Federation', 'It joined the Korea Kelp Federation.')).toBeNull();
    expect(isPlace('Carolina')).toBe(false);
  });
});
