// Session 30 (helper extent): a relation never joins a body to itself, written by its name and by
// its acronym (invented names, French and English).
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/import/extract.js';
import { Matcher } from '../../src/import/match.js';
import { graphNode as node } from '../support/import-page.js';

const matcher = new Matcher([
  node('rural-coop-programme', 'Rural Co-operative Development Programme', 'RCDP'),
  node('orgas-rurales', 'Organisation Régionale des Greniers Solidaires', 'ORGS'),
  node('fncl', 'Fédération Nationale des Caisses Locales', 'FNCL'),
  node('nsa', 'Northern Savings Association', 'NSA'),
  node('harbour-fund', 'Harbour Solidarity Fund', 'HSF'),
]);

describe('a relation between a body and itself', () => {
  const self = { key: null, name: 'Valley Growers Union', acronym: 'VGU', aliases: [] };
  const claims = (sentence: string, language: 'en' | 'fr') =>
    extractRelations([sentence], language, self, matcher).relations.map(
      (r) => `${r.from.match ?? r.from.name} ${r.type} ${r.to.match ?? r.to.name}`,
    );

  it('is not proposed when one body is written by its name and its acronym (English)', () => {
    expect(claims('The Harbour Solidarity Fund is funded by HSF.', 'en')).toEqual([]);
    expect(claims('HSF was founded by the Harbour Solidarity Fund in 2001.', 'en')).toEqual([]);
  });

  it('is not proposed in French either', () => {
    expect(claims('Le Harbour Solidarity Fund est financé par HSF.', 'fr')).toEqual([]);
  });

  it('keeps the same sentence between two bodies (trap)', () => {
    expect(
      claims('The Harbour Solidarity Fund is funded by the Northern Savings Association.', 'en'),
    ).toEqual(['nsa FUNDS harbour-fund']);
    expect(claims('Le Harbour Solidarity Fund est financé par la NSA.', 'fr')).toEqual([
      'nsa FUNDS harbour-fund',
    ]);
  });
});
