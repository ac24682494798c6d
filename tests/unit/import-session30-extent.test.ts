// Session 30 (helper extent): one body under two spellings is one body, and a relation never joins
// a body to itself (invented pages and names, French and English).
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/import/extract.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';
import { spelledAlike } from '../../src/import/spelling-variant.js';
import { graphNode as node } from '../support/import-page.js';

const matcher = new Matcher([
  node('rural-coop-programme', 'Rural Co-operative Development Programme', 'RCDP'),
  node('orgas-rurales', 'Organisation Régionale des Greniers Solidaires', 'ORGS'),
  node('fncl', 'Fédération Nationale des Caisses Locales', 'FNCL'),
  node('nsa', 'Northern Savings Association', 'NSA'),
  node('harbour-fund', 'Harbour Solidarity Fund', 'HSF'),
]);
const page = (text: string) => importProfile(new TextEncoder().encode(text), 'page.txt', matcher);

describe('two spellings of one name', () => {
  it('reads word endings and small edits as one name', () => {
    expect(spelledAlike('Rural Development Program', 'Rural Development Programme')).toBe(true);
    expect(spelledAlike('Organization of Growers', 'Organisation of Growers')).toBe(true);
    expect(spelledAlike('Centre Régional Solidaire', 'Center Régional Solidaire')).toBe(true);
  });

  it('keeps other words, other word counts and one-word names apart', () => {
    expect(spelledAlike('Solidarity Economy Australia', 'Solidarity Economy Association')).toBe(
      false,
    );
    expect(spelledAlike('Caisses Locales', 'Coopératives Laitières')).toBe(false);
    expect(spelledAlike('Northern Savings', 'Northern Savings Association')).toBe(false);
    expect(spelledAlike('Program', 'Programme')).toBe(false);
  });
});

describe('the actor spelled another way than the graph, with the graph’s acronym', () => {
  it('matches the graph node (English)', () => {
    const read = page(
      'Rural Co-operative Development Program (RCDP)\n\nThe Rural Co-operative Development Program (RCDP) trains co-operative leaders in four districts. The RCDP opened two offices last year.',
    );
    expect(read.actor.match).toBe('rural-coop-programme');
  });

  it('matches the graph node (French)', () => {
    const read = page(
      'Organization Régionale des Greniers Solidaires (ORGS)\n\nL’Organization Régionale des Greniers Solidaires (ORGS) gère des greniers villageois. L’ORGS forme les gérants des greniers.',
    );
    expect(read.actor.match).toBe('orgas-rurales');
  });

  it('does not match another body that shares the acronym (trap, French and English)', () => {
    const fr = page(
      'Fédération Nationale des Coopératives Laitières (FNCL)\n\nLa Fédération Nationale des Coopératives Laitières (FNCL) regroupe des laiteries. La FNCL défend les éleveurs.',
    );
    expect(fr.actor.match).toBeNull();
    const en = page(
      'Northern Solidarity Alliance (NSA)\n\nThe Northern Solidarity Alliance (NSA) gathers local groups. The NSA meets each spring.',
    );
    expect(en.actor.match).toBeNull();
  });
});

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
