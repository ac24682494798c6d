// Session 27: who created what, read from a sentence's shape; invented sentences only, a trap beside each true form.
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { claims, profileActor } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('a creation participle set beside another name', () => {
  it('gives the body the sentence opens with its founders, not the actor (English and French)', () => {
    expect(
      read('Harbour Growers Union, created by Coast Bank and Pier Alliance, bought the old mill.'),
    ).toEqual([
      'Coast Bank FOUNDED Harbour Growers Union',
      'Pier Alliance FOUNDED Harbour Growers Union',
    ]);
    expect(
      read(
        "Fermiers des Marais, créés par la Banque des Marais et l'Union Côtière, rachète l'abattoir.",
      ),
    ).toEqual([
      'Banque des Marais FOUNDED Fermiers des Marais',
      'Union Côtière FOUNDED Fermiers des Marais',
    ]);
  });

  it('keeps the founding of the actor when the name the participle follows is the actor’s', () => {
    expect(read('Tidewater Makers Network, created by Coast Bank, opened a workshop.')).toEqual([
      'Coast Bank FOUNDED Tidewater Makers Network',
    ]);
  });

  it('keeps the founders a fronted participle lists', () => {
    expect(
      read(
        "Fondée en 2004 par la Banque des Marais et l'Union Côtière, Tidewater Makers Network accueille des artisans.",
      ),
    ).toEqual([
      'Banque des Marais FOUNDED Tidewater Makers Network',
      'Union Côtière FOUNDED Tidewater Makers Network',
    ]);
    expect(
      read(
        "Fondée en 2004 par la Banque des Marais et l'Union Côtière, la Maison Pier accueille des artisans.",
      ),
    ).not.toContain('Maison Pier FOUNDED Tidewater Makers Network');
  });

  it('never makes the body a fronted participle qualifies a founder', () => {
    expect(
      read(
        "Créées par l'association en 2013, puis le regroupement de cinq coopératives, les Fruitières des Marais collectent du lait.",
      ),
    ).toEqual([]);
    expect(
      read(
        'Founded by a group of parents in 2001, then merged with two clubs, Harbour Sports Union runs ten pitches.',
      ),
    ).toEqual([]);
  });
});

describe('bodies that merged into the one they made', () => {
  it('makes it emerge from each, not founded by them (French and English)', () => {
    expect(
      read(
        'En 2001, la Caisse Côtière et la Banque des Marais ont créé la Banque du Littoral, issue de leur fusion.',
      ),
    ).toEqual([
      'Banque du Littoral EMERGED_FROM Caisse Côtière',
      'Banque du Littoral EMERGED_FROM Banque des Marais',
    ]);
    expect(
      read('In 2001 Coast Bank and Pier Savings founded Harbour Bank through their merger.'),
    ).toEqual(['Harbour Bank EMERGED_FROM Coast Bank', 'Harbour Bank EMERGED_FROM Pier Savings']);
  });

  it('keeps a founding beside another merger', () => {
    expect(
      read('Coast Bank founded Harbour Hub in 2005, ten years after the merger of two unions.'),
    ).toEqual(['Coast Bank FOUNDED Harbour Hub']);
  });
});

describe('"at the initiative of"', () => {
  it('never makes the bodies it names the actor’s undertakings', () => {
    expect(
      read(
        "Située sur le port, la maison est devenue un lieu d'innovation, à l'initiative des SCOP la Vague et de l'Union Côtière.",
      ),
    ).toEqual([]);
  });

  it('leaves the phrase that opens a sentence about the actor to the reader that reads it as the actor’s', () => {
    expect(
      read(
        "À l'initiative du Forum Pier en 2004, le réseau est aujourd'hui membre actif de l'Union Côtière.",
      ),
    ).toContain('Tidewater Makers Network INITIATED Forum Pier');
  });

  it('still makes them the initiators of a creation', () => {
    expect(
      read("Tidewater Makers Network a été créé en 2010 à l'initiative de l'Union Côtière."),
    ).toEqual(['Union Côtière INITIATED Tidewater Makers Network']);
  });
});

describe('a creation named by a noun', () => {
  it('gives the clause’s subject no founding of what the noun names', () => {
    expect(
      read(
        'And it is that 2023 promises to be a key year for makers, since in addition to the launch of Pier Hub, it is also planned that the assembly will pass a law.',
      ),
    ).toEqual([]);
    expect(
      read('It is a key year, since besides the launch of Pier Hub, the assembly will pass a law.'),
    ).toEqual([]);
    expect(
      read('The story of the network began in 1931 with the founding of Pier Exchange.'),
    ).toEqual([]);
  });

  it('still reads the subject’s share in the creation ("contributed to the creation of")', () => {
    expect(
      read(
        'Même avant son incorporation, il a notamment contribué à la création de la Caisse Pier.',
      ),
    ).toEqual(['Tidewater Makers Network FOUNDED Caisse Pier']);
  });

  it('still reads the verb: the actor founded or launched it', () => {
    // Session 35: a body with a kind word ("Network"); "launched the Pier Hub" is now an initiative.
    expect(read('It launched the Pier Hub Network in 2010.')).toEqual([
      'Tidewater Makers Network FOUNDED Pier Hub Network',
    ]);
  });
});

describe('an undertaking implemented by a body', () => {
  it('makes the body its initiator (English and French)', () => {
    expect(read('Green Villages is implemented by Coast Bank.')).toEqual([
      'Coast Bank INITIATED Green Villages',
    ]);
    expect(
      read('Terres Vivantes, mis en œuvre par la Banque des Marais, compte quatre axes.'),
    ).toEqual(['Banque des Marais INITIATED Terres Vivantes']);
    expect(read('Green Villages was carried out by Coast Bank and Pier Alliance.')).toEqual([
      'Coast Bank INITIATED Green Villages',
      'Pier Alliance INITIATED Green Villages',
    ]);
  });

  it('reads nothing when the clause denies it', () => {
    expect(read('Green Villages was not implemented by Coast Bank.')).toEqual([]);
  });
});

describe('a dated creation row of a timeline', () => {
  const actor = profileActor('Le Champ des Marais');
  it('dates the actor when the row creates it, by name or by its kind', () => {
    expect(foundedYear(['Octobre 2009 : Création de l’association'], actor)).toBe('2009');
    expect(foundedYear(['2009 : Création du Champ des Marais'], actor)).toBe('2009');
  });

  it('does not date the actor by the creation of a part or of another body', () => {
    expect(
      foundedYear(
        ['Octobre 2012 : Création de la brasserie', 'Mai 2014 : Ouverture du café'],
        actor,
      ),
    ).toBe(null);
    expect(foundedYear(['2012 : Création de la Banque des Marais'], actor)).toBe(null);
  });
});
