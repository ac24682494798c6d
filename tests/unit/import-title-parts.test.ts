// Session 34 (tidy): the one splitter of a title's parts, shared by the title line and the HTML <title> (invented titles).
import { describe, expect, it } from 'vitest';
import { titleParts } from '../../src/import/title-parts.js';

describe("a title's parts", () => {
  it('splits at a spaced bar, hyphen, en dash or em dash', () => {
    expect(titleParts('Lorem Kelp Network - Home')).toEqual(['Lorem Kelp Network', 'Home']);
    expect(titleParts('Accueil | Réseau Dolor')).toEqual(['Accueil', 'Réseau Dolor']);
    expect(titleParts('Brine Co-op – About us — Site')).toEqual([
      'Brine Co-op',
      'About us',
      'Site',
    ]);
  });

  it('keeps a hyphen or a dash without spaces inside a name', () => {
    expect(titleParts('Réseau Nord-Est des Coopératives')).toEqual([
      'Réseau Nord-Est des Coopératives',
    ]);
    expect(titleParts('Kelp–Brine Alliance')).toEqual(['Kelp–Brine Alliance']);
  });

  it('gives an empty part where a separator ends the title', () => {
    expect(titleParts('Harbour Loom Collective | ')).toEqual(['Harbour Loom Collective', '']);
  });
});
