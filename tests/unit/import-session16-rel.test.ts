// Session 16 (relations): mergers stated with a noun, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { mergerIn } from '../../src/import/mergers.js';
import { claims } from '../support/import-page.js';

describe('a merger stated with a noun', () => {
  it.each([
    [
      'Tidewater Makers Network was formed by a merger of the Harbour Makers Union and Saltmarsh Craft Guild in 2009.',
      {
        merged: ['Harbour Makers Union', 'Saltmarsh Craft Guild'],
        formed: 'Tidewater Makers Network',
      },
    ],
    [
      'Estuary Guild was itself the product of a 1994 merger between Northern Tinkers Association (formed 1950) and the Southern Fixers Federation (formed 1961).',
      {
        merged: ['Northern Tinkers Association', 'Southern Fixers Federation'],
        formed: 'Estuary Guild',
      },
    ],
    [
      'Le Réseau Brisant est issu de la fusion des deux collectifs Atelier Écume et Union Varech.',
      { merged: ['Atelier Écume', 'Union Varech'], formed: 'Le Réseau Brisant' },
    ],
    [
      "Résultant de la fusion voici trois ans des 3 associations Atelier Brisant, Collectif Écume et Union Varech, Marée Haute s'est ensuite rapprochée d'autres acteurs.",
      { merged: ['Atelier Brisant', 'Collectif Écume', 'Union Varech'], formed: 'Marée Haute' },
    ],
  ])('reads %s', (sentence, merger) => {
    expect(mergerIn(sentence)).toEqual(merger);
  });

  it.each([
    // One body is no merger of several.
    'Tidewater Makers Network was formed by a merger of the Harbour Makers Union.',
    // A long clause before the verb is no name.
    'The decision that the members of the old board took last spring after two long meetings was the result of a merger of Harbour Union and Saltmarsh Guild.',
    // A merger that is only planned names no noun form.
    'Harbour Union and Saltmarsh Guild discussed a possible merger.',
  ])('says nothing for %s', (sentence) => {
    expect(mergerIn(sentence)).toBeUndefined();
  });
});

describe('mergers on a page', () => {
  it('makes the actor emerge from each merged body, and no founding beside it', () => {
    expect(
      claims(
        'Tidewater Makers Network\n\nTidewater Makers Network was formed by a merger of the Harbour Makers Union and Saltmarsh Craft Guild in 2009.',
      ),
    ).toEqual([
      'Tidewater Makers Network EMERGED_FROM Harbour Makers Union',
      'Tidewater Makers Network EMERGED_FROM Saltmarsh Craft Guild',
    ]);
  });

  it('knows the actor by the first word of its name after a fronted list', () => {
    expect(
      claims(
        "Varech Mutuelle\n\nRésultant de la fusion des 3 mutuelles Atelier Brisant, Collectif Écume et Union Marée, Varech s'est ensuite rapprochée d'autres acteurs.",
      ),
    ).toEqual([
      'Varech Mutuelle EMERGED_FROM Atelier Brisant',
      'Varech Mutuelle EMERGED_FROM Collectif Écume',
      'Varech Mutuelle EMERGED_FROM Union Marée',
    ]);
  });

  it('gives a third body its own emergence', () => {
    expect(
      claims(
        'Tidewater Makers Network\n\nEstuary Guild was itself the product of a 1994 merger between Northern Tinkers Association and the Southern Fixers Federation.',
      ),
    ).toEqual([
      'Estuary Guild EMERGED_FROM Northern Tinkers Association',
      'Estuary Guild EMERGED_FROM Southern Fixers Federation',
    ]);
  });
});

describe('a new name the page wrote in full before', () => {
  it('takes the full name when the short one lacks only its kind word', () => {
    expect(
      claims(
        'Tidewater Makers Network\n\nTidewater Makers Network works beside Lantern Mills Cooperatives.\n\nLantern Mills was itself the product of a 1994 merger between Northern Tinkers Association and the Southern Fixers Federation.',
      ),
    ).toContain('Lantern Mills Cooperatives EMERGED_FROM Northern Tinkers Association');
  });

  it('keeps a short name that says what it is', () => {
    expect(
      claims(
        'Tidewater Makers Network\n\nThe Harbour Assembly Network met in Leith.\n\nHarbour Assembly was itself the product of a 1994 merger between Northern Tinkers Association and the Southern Fixers Federation.',
      ),
    ).toContain('Harbour Assembly EMERGED_FROM Northern Tinkers Association');
  });
});

describe('a members list owned by the body right before "et ses"', () => {
  const opening =
    'Tidewater Makers Network\n\nTidewater Makers Network repairs boats on the estuary.\n\n';

  it('gives the list to the last body of the subject, not the first', () => {
    expect(
      claims(
        `${opening}L'Agence Bleue et la Fédération des Ateliers Marins et ses organisations membres : Atelier Brisant, Collectif Écume.`,
      ),
    ).toEqual([
      'Atelier Brisant MEMBER_OF Fédération des Ateliers Marins',
      'Collectif Écume MEMBER_OF Fédération des Ateliers Marins',
    ]);
  });

  it('says nothing when that body cannot be named', () => {
    expect(
      claims(
        `${opening}L'Agence Bleue et le Cadre de concertation et de dialogue entre ateliers marins et ses organisations membres : Atelier Brisant, Collectif Écume.`,
      ),
    ).toEqual([]);
  });
});
