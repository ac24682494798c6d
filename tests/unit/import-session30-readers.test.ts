// Session 30 (helper readers): a body's members named in an apposition after its name, on invented sentences (traps included).
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the text under test. */
const read = (text: string) => claims(`${T}\n${text}`);

describe('"X, composé de A, B et C," / "X, made up of A and B,": members of the body named before the comma', () => {
  it('reads the actor described by its members, in French and English', () => {
    expect(
      read(
        `${T}, composé de la Fondation des Marais, du Centre Portuaire et de la Coopérative Ardoise, agit sur le littoral.`,
      ),
    ).toEqual([
      `Fondation des Marais MEMBER_OF ${T}`,
      `Centre Portuaire MEMBER_OF ${T}`,
      `Coopérative Ardoise MEMBER_OF ${T}`,
    ]);
    expect(
      read(`${T}, made up of Harbour Works and Riverside Credit Union, works across the region.`),
    ).toEqual([`Harbour Works MEMBER_OF ${T}`, `Riverside Credit Union MEMBER_OF ${T}`]);
  });

  it('gives the members to another body the apposition follows, with a year between', () => {
    expect(
      read(
        'Le Pôle Marais, composé depuis 2015 de Harbour Works, Coopilote Ardoise et Riverside Crédit, anime le territoire.',
      ),
    ).toEqual([
      'Harbour Works MEMBER_OF Pôle Marais',
      'Coopilote Ardoise MEMBER_OF Pôle Marais',
      'Riverside Crédit MEMBER_OF Pôle Marais',
    ]);
  });

  it('reads no count, no common noun and no unnamed owner', () => {
    expect(read('Le conseil, composé de 12 membres élus, se réunit chaque mois.')).toEqual([]);
    expect(read('La Coopérative Ardoise, formée de bénévoles, agit.')).toEqual([]);
    expect(read(`${T}, composed of three boards, meets twice a year.`)).toEqual([]);
    expect(
      read('The board, made up of Harbour Works and Riverside Credit Union, meets twice.'),
    ).toEqual([]);
  });
});
