// Review of session 18's importer rules: one home for a rule the readers share (invented sentences only).
import { describe, expect, it } from 'vitest';
import { countedList } from '../../src/import/counted-lists.js';
import { lowercaseTailName } from '../../src/import/lowercase-tail-name.js';
import { endsCut, nameShapeFault } from '../../src/import/name-shape-guard.js';

describe('a name cut at its end, one rule for the guard and the counted lists', () => {
  it('is cut after a connector, an article or an apostrophe', () => {
    for (const name of [
      'Union of',
      'Caisse d’épargne et de',
      "Growers'",
      'Banque de l’',
      'Réseau d’',
    ])
      expect(endsCut(name), name).toBe(true);
    for (const name of ['Tarn Growers Union', 'Caisse du Lac', 'Velmora Cooperative '])
      expect(endsCut(name), name).toBe(false);
  });

  it('drops from a counted list an item ending on an apostrophe, as the guard refuses it', () => {
    const list = countedList(
      'Velmora Network brings together its four federations (Alder Growers Union, Birch Farmers’, Cedar Valley Union, Dune Traders Union).',
    );
    expect(list?.names).toEqual([
      'Alder Growers Union',
      'Cedar Valley Union',
      'Dune Traders Union',
    ]);
    expect(nameShapeFault('Birch Farmers’', 'x', false)).toBe('cut');
  });
});

describe('the auxiliaries that make a clause, one list for the guard and the lowercase tails', () => {
  it('make a clause of a name for the guard and end a lowercase tail', () => {
    for (const verb of ['has', 'were', 'will', 'est', 'ont', 'était']) {
      expect(nameShapeFault(`Alder Guild ${verb} joined`, 'x', false), verb).toBe('clause');
      expect(lowercaseTailName(`Alder ${verb} weaving`), verb).toBeUndefined();
    }
    expect(lowercaseTailName('Alder weaving collective')).toBe('Alder weaving collective');
    expect(lowercaseTailName('Alder also weaving')).toBeUndefined();
  });
});

describe("a person's title, for the guard", () => {
  it('is a word of its own: a name that goes on after an apostrophe is no title', () => {
    // A graph body written "Chair'ESS" (an elided word) was refused as a title, even when matched.
    expect(nameShapeFault('Chair’ESS', 'x', true)).toBeNull();
    expect(nameShapeFault("Chair'ESS", 'x', false)).toBeNull();
    expect(nameShapeFault('Chair of the Harbour Mutual', 'x', true)).toBe('title');
    expect(nameShapeFault('Dr. Velmora', 'x', false)).toBe('title');
    expect(nameShapeFault('Directeur-général', 'x', false)).toBe('title');
  });
});
