// Session 20: verb frames over lists of bodies (general-frames.ts), on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('clause frames: who gives and who receives, from the verb', () => {
  it('pairs every body of a subject list that partners, in English and French', () => {
    expect(
      read(
        'After the storm, the Harbour Union, Coast Bank, Pier Alliance and Dune Guild have partnered to rebuild the docks.',
      ),
    ).toEqual([
      'Harbour Union PARTNER_OF Coast Bank',
      'Harbour Union PARTNER_OF Pier Alliance',
      'Harbour Union PARTNER_OF Dune Guild',
      'Coast Bank PARTNER_OF Pier Alliance',
      'Coast Bank PARTNER_OF Dune Guild',
      'Pier Alliance PARTNER_OF Dune Guild',
    ]);
    expect(
      read("L'Union Côtière et la Banque des Marais ont signé une convention en 2021."),
    ).toEqual(['Union Côtière PARTNER_OF Banque des Marais']);
  });

  it('pairs the bodies after "a partnership between"', () => {
    expect(
      read('The project is a partnership between the Harbour Union and the Dune Guild.'),
    ).toEqual(['Harbour Union PARTNER_OF Dune Guild']);
  });

  it('reads funding from the frame, whichever side the giver stands on', () => {
    expect(
      read('Coast Bank and Pier Alliance provided the Dune Guild with a $20,000 grant.'),
    ).toEqual(['Coast Bank FUNDS Dune Guild', 'Pier Alliance FUNDS Dune Guild']);
    expect(read('The Dune Guild received a grant from Coast Bank and Pier Alliance.')).toEqual([
      'Coast Bank FUNDS Dune Guild',
      'Pier Alliance FUNDS Dune Guild',
    ]);
    expect(
      read(
        "L'Union Côtière, la plus ancienne du littoral, a obtenu un prêt de la Banque des Marais.",
      ),
    ).toEqual(['Banque des Marais FUNDS Union Côtière']);
    expect(read("La Banque des Marais a accordé une subvention à l'Union Côtière.")).toEqual([
      'Banque des Marais FUNDS Union Côtière',
    ]);
  });

  it('reads an acquisition and a subsidiary as the part of the whole', () => {
    expect(read('In 2019 Coast Bank acquired Pier Savings.')).toEqual([
      'Pier Savings PART_OF Coast Bank',
    ]);
    expect(read('Pier Savings was acquired by Coast Bank in 2019.')).toEqual([
      'Pier Savings PART_OF Coast Bank',
    ]);
    expect(read('En 2019, la Banque des Marais a racheté la Caisse Côtière.')).toEqual([
      'Caisse Côtière PART_OF Banque des Marais',
    ]);
  });
});

describe('clause frames: guards', () => {
  it('says nothing in a negated or supposed clause', () => {
    expect(read('Coast Bank has not acquired Pier Savings.')).toEqual([]);
    expect(read('Coast Bank and Pier Alliance could partner to rebuild the docks.')).toEqual([]);
    expect(read('La Banque des Marais pourrait financer la Caisse Côtière.')).toEqual([]);
  });

  it('needs bodies on both sides: no person, no programme, no half of a name', () => {
    expect(read('Jane Doe acquired Pier Savings.')).toEqual([]);
    expect(
      read('Coast Bank and the Harbour Renewal Project have partnered to rebuild the docks.'),
    ).toEqual([]);
    expect(read('Accordingly, Coast Bank and Pier Savings have joined forces.')).toEqual([
      'Coast Bank PARTNER_OF Pier Savings',
    ]);
  });

  it('leaves a frame whose subject sits before a comma to the clause it belongs to', () => {
    expect(
      read('The fair opened, led by the Harbour Union, in cooperation with Coast Bank.'),
    ).toEqual([]);
  });
});
