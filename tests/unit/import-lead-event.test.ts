// Session 29: a news page whose lead names an event by its edition is about that event
// (invented sentences, French and English, with traps beside the true forms).
import { describe, expect, it } from 'vitest';
import { leadEvent } from '../../src/import/lead-event.js';
import { parseProfile } from '../../src/import/parse.js';

const parse = (lines: readonly string[]) =>
  parseProfile(new TextEncoder().encode(lines.join('\n\n')), 'invented.txt');

describe('the event a lead sentence names by its edition', () => {
  it('reads an English event as its subject, its ordinal kept', () => {
    expect(
      leadEvent([
        'Between June 3 and 5, the 12th Congress of the Federation of Rural Credit Unions will be held in Lima.',
      ]),
    ).toEqual({ name: '12th Congress of the Federation of Rural Credit Unions', acronym: null });
  });

  it('reads a French edition as the event it numbers, the edition words left out', () => {
    expect(
      leadEvent([
        'Les 4 et 5 mai, à Rennes, s’est tenue la troisième édition du Salon des Coopératives Paysannes portée par la ville.',
      ]),
    ).toEqual({ name: 'Salon des Coopératives Paysannes', acronym: null });
  });

  it('reads a French event written in lowercase when its noun opens it, up to its organiser', () => {
    expect(
      leadEvent([
        'Le 7e forum des épiceries solidaires du Jura, organisé par la Fédération Entraide, a réuni cent personnes.',
      ]),
    ).toEqual({ name: '7e forum des épiceries solidaires du Jura', acronym: null });
  });

  it('reads the acronym in brackets after the name, and a fronted organiser phrase', () => {
    expect(
      leadEvent([
        'Organisées par la coopérative Terre Unie, les 3es Rencontres des Jardins Partagés (RJP), des 2 et 3 avril, ont attiré 200 visiteurs.',
      ]),
    ).toEqual({ name: '3es Rencontres des Jardins Partagés', acronym: 'RJP' });
  });

  it('reads an event a place hosted', () => {
    expect(
      leadEvent([
        'Du 8 au 10 mars, Tamale a accueilli la 5e Conférence Régionale des Mutuelles de Santé, un moment fort.',
      ]),
    ).toEqual({ name: '5e Conférence Régionale des Mutuelles de Santé', acronym: null });
  });

  it('reads no body’s own statutory meeting', () => {
    expect(
      leadEvent(['The 3rd Annual General Meeting gathered forty member co-operatives in Accra.']),
    ).toBeNull();
    expect(
      leadEvent(['La 12e assemblée générale de l’Union a élu son nouveau bureau.']),
    ).toBeNull();
  });

  it('reads no event a body holds as its own, nor one inside a sentence about a body', () => {
    expect(
      leadEvent(['The Federation of Rural Credit Unions held its 12th Congress in Lima.']),
    ).toBeNull();
    expect(
      leadEvent(['Le réseau Entraide prépare son 7e forum des épiceries solidaires.']),
    ).toBeNull();
    expect(
      leadEvent(['Entraide organise la 7e édition du Forum des Épiceries cet automne.']),
    ).toBeNull();
  });

  it('reads no ordinal before a word that is no event', () => {
    expect(leadEvent(['The 2nd Report of the Credit Union Council was published.'])).toBeNull();
    expect(leadEvent(['La 3e édition du Guide des Coopératives est parue.'])).toBeNull();
  });
});

describe('the page of an event', () => {
  it('takes the event over the host a headline names (English)', () => {
    const read = parse([
      'https://www.example-coops.org/news/andean-meeting',
      'Andean co-operatives will gather in Quito',
      '2 March 2019',
      'Between April 9 and 11, the 14th Meeting of the Andean Co-operative Council will be held. The Andean Co-operative Council hosts it.',
      'The Andean Co-operative Council gathers 40 federations. The Andean Co-operative Council was founded in 1971.',
    ]);
    expect(read.name).toBe('14th Meeting of the Andean Co-operative Council');
  });

  it('keeps a body’s page whose title the prose writes again (French)', () => {
    const read = parse([
      'Fédération Entraide',
      'La Fédération Entraide regroupe 40 épiceries solidaires.',
      'Le 7e forum des épiceries solidaires, organisé par la Fédération Entraide, a réuni cent personnes.',
      'La Fédération Entraide a été créée en 1998.',
    ]);
    expect(read.name).toBe('Fédération Entraide');
  });
});
