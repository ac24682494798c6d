// Session 31 (helper acronyms): an acronym of four letters or more written in title case is the
// body's acronym; a lowercase word, a three-letter word or a word opening a longer name is not.
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher, selfAcronymForms } from '../../src/import/match.js';

const node = (key: string, name: string, acronym: string): GraphName => ({
  key,
  family: 'Actor',
  name,
  acronym,
  aliases: [],
  date: null,
});

// Invented bodies: none of these names is a real one.
const matcher = new Matcher([
  node('fnora', 'Fédération nordique des ateliers', 'FNORA'),
  node('ubrel', 'Union of Brelan Lending Societies', 'UBREL'),
  node('mes-invented', 'Mouvement des entraides solidaires', 'MES'),
  node('sea-invented', 'Shared Enterprise Alliance', 'SEA'),
]);
const keyOf = (phrase: string) => matcher.matchPhrase(phrase)?.key ?? null;

describe('an acronym written in title case', () => {
  it.each([
    ['Fnora', 'fnora'],
    ['la Fnora', 'fnora'],
    ["l'Ubrel", 'ubrel'],
    ['the Ubrel', 'ubrel'],
    ['FNORA', 'fnora'],
  ])('"%s" names the body whose acronym it spells', (phrase, key) => {
    expect(keyOf(phrase)).toBe(key);
  });

  it.each(['fnora', 'ubrel', 'Mes', 'mes', 'Sea', 'See', 'Fnora Lac', 'Ubrel Bank'])(
    '"%s" is no acronym of a known body (lowercase, three letters, or another name)',
    (phrase) => {
      expect(keyOf(phrase)).toBeNull();
    },
  );
});

describe("the page's own acronym", () => {
  it('is also written in title case when it has four letters or more', () => {
    expect(selfAcronymForms('FNORA')).toEqual(['FNORA', 'Fnora']);
    expect(selfAcronymForms('MES')).toEqual(['MES']);
    expect(selfAcronymForms('ICA-AP')).toEqual(['ICA-AP']);
    expect(selfAcronymForms('PhilSEN')).toEqual(['PhilSEN']);
  });
});
