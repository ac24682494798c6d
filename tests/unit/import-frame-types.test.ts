// Session 21: the frames of founding, initiative, emergence, ownership and money (frame-lexicon.ts), on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('frames: founders, from the verb and its voice', () => {
  it('reads the founders before an active verb and after "by"/"par", as a list', () => {
    expect(read('Coast Bank and Pier Alliance founded the Dune Guild in 2004.')).toEqual([
      'Coast Bank FOUNDED Dune Guild',
      'Pier Alliance FOUNDED Dune Guild',
    ]);
    expect(read('The Dune Guild was founded by Coast Bank and Pier Alliance in 2004.')).toEqual([
      'Coast Bank FOUNDED Dune Guild',
      'Pier Alliance FOUNDED Dune Guild',
    ]);
    expect(
      read("La Banque des Marais et la Caisse Côtière ont créé l'Union Côtière en 2004."),
    ).toEqual(['Banque des Marais FOUNDED Union Côtière', 'Caisse Côtière FOUNDED Union Côtière']);
  });

  it('says nothing of a founding denied or supposed', () => {
    expect(read('Coast Bank did not found the Dune Guild.')).toEqual([]);
    expect(read('Coast Bank and Pier Alliance would have founded the Dune Guild.')).toEqual([]);
  });
});

describe('frames: who took the initiative', () => {
  it('reads "organised by", "an initiative of", "à l\'initiative de" and an active organiser', () => {
    expect(read('The Harbour Forum was organised by Coast Bank and Pier Alliance.')).toEqual([
      'Coast Bank INITIATED Harbour Forum',
      'Pier Alliance INITIATED Harbour Forum',
    ]);
    expect(
      read('The Harbour Forum is an initiative of Coast Bank, Pier Alliance and the Dune Guild.'),
    ).toEqual([
      'Coast Bank INITIATED Harbour Forum',
      'Pier Alliance INITIATED Harbour Forum',
      'Dune Guild INITIATED Harbour Forum',
    ]);
    expect(
      read(
        "Le Forum du Port a été lancé à l'initiative de la Banque des Marais et de la Caisse Côtière.",
      ),
    ).toEqual([
      'Banque des Marais INITIATED Forum du Port',
      'Caisse Côtière INITIATED Forum du Port',
    ]);
    expect(read('Coast Bank and Pier Alliance organised the Harbour Forum.')).toEqual([
      'Coast Bank INITIATED Harbour Forum',
      'Pier Alliance INITIATED Harbour Forum',
    ]);
  });

  it('says nothing of an initiative supposed, and takes listed "initiatives" for no initiator', () => {
    expect(read('Coast Bank could organise the Harbour Forum.')).toEqual([]);
    expect(read('Coast Bank plans to launch the Harbour Forum.')).toEqual([]);
    expect(
      read('The network involves many social enterprise initiatives: Dune Press, Pier Books.'),
    ).not.toContain(`Dune Press INITIATED ${T}`);
  });
});

describe('frames: emergence from a merger or an older body', () => {
  it('reads the merged bodies as the origins of the new one', () => {
    expect(
      read('The Dune Guild is the result of a merger between Coast Bank and Pier Alliance.'),
    ).toEqual(['Dune Guild EMERGED_FROM Coast Bank', 'Dune Guild EMERGED_FROM Pier Alliance']);
    expect(read('Coast Bank and Pier Alliance merged to form the Dune Guild.')).toEqual([
      'Dune Guild EMERGED_FROM Coast Bank',
      'Dune Guild EMERGED_FROM Pier Alliance',
    ]);
    expect(
      read("La Banque des Marais et la Caisse Côtière ont fusionné pour créer l'Union Côtière."),
    ).toEqual([
      'Union Côtière EMERGED_FROM Banque des Marais',
      'Union Côtière EMERGED_FROM Caisse Côtière',
    ]);
  });

  it('reads "grew out of", "issue de" and says nothing of a merger supposed', () => {
    expect(read('The Dune Guild grew out of Pier Alliance.')).toEqual([
      'Dune Guild EMERGED_FROM Pier Alliance',
    ]);
    expect(read("L'Union Côtière est issue de la Banque des Marais.")).toEqual([
      'Union Côtière EMERGED_FROM Banque des Marais',
    ]);
    expect(
      read('If Coast Bank and Pier Alliance merged to form the Dune Guild, fishers would gain.'),
    ).toEqual([]);
  });
});

describe('frames: ownership and units as parts of a whole', () => {
  it('reads an owner after "owned by", "détenue par", and an owner\'s possessive', () => {
    expect(read('Pier Savings is 35% owned by Coast Bank.')).toEqual([
      'Pier Savings PART_OF Coast Bank',
    ]);
    expect(read('La Caisse Côtière est détenue par la Banque des Marais.')).toEqual([
      'Caisse Côtière PART_OF Banque des Marais',
    ]);
    expect(read("Coast University's Harbour Research Centre studies the docks.")).toEqual([
      'Harbour Research Centre PART_OF Coast University',
    ]);
    expect(read("Coast Bank's subsidiaries Pier Savings and Dune Credit lend to fishers.")).toEqual(
      ['Pier Savings PART_OF Coast Bank', 'Dune Credit PART_OF Coast Bank'],
    );
    expect(read('Pier Savings, a subsidiary of Coast Bank, lends to fishers.')).toEqual([
      'Pier Savings PART_OF Coast Bank',
    ]);
  });

  it('says nothing of a possessive before a mere name, nor of ownership denied', () => {
    expect(read("Coast Bank's Pier Alliance award went to fishers.")).toEqual([]);
    expect(read('Pier Savings is no longer owned by Coast Bank.')).toEqual([]);
  });
});

describe('frames: amounts written with a unit', () => {
  it('reads "$4.6m", "2 M€" as money', () => {
    expect(read('Coast Bank lends $4.6m to Pier Alliance and the Dune Guild.')).toEqual([
      'Coast Bank FUNDS Pier Alliance',
      'Coast Bank FUNDS Dune Guild',
    ]);
    expect(read('La Banque des Marais a accordé 2 M€ à la Caisse Côtière.')).toEqual([
      'Banque des Marais FUNDS Caisse Côtière',
    ]);
  });
});

describe('frames: a partnership that qualifies a passive verb', () => {
  // Session 23: an event's organiser and who works "in partnership with" it co-organise it (rounds 17-19), no partners.
  it('reads the agent before "in partnership with" and each body after it as the event\'s organisers', () => {
    expect(
      read('The Harbour Forum is hosted by Coast Bank in partnership with Pier Alliance.'),
    ).toEqual([]);
    expect(
      read(
        'Le Forum du Port est organisé par la Banque des Marais en partenariat avec la Caisse Côtière et la Maison des Pêcheurs.',
      ),
    ).toEqual([
      'Banque des Marais INITIATED Forum du Port',
      'Caisse Côtière INITIATED Forum du Port',
      'Maison des Pêcheurs INITIATED Forum du Port',
    ]);
    expect(
      read('Coast Bank, Pier Alliance and the Dune Guild formed a joint collaboration.'),
    ).toEqual([
      'Coast Bank PARTNER_OF Pier Alliance',
      'Coast Bank PARTNER_OF Dune Guild',
      'Pier Alliance PARTNER_OF Dune Guild',
    ]);
  });

  it('leaves a body that only manages the subject out of its partnership', () => {
    expect(
      read('The Harbour Fund, managed by Coast Bank, partners with Pier Alliance.'),
    ).not.toContain('Coast Bank PARTNER_OF Pier Alliance');
    expect(
      read('The Harbour Forum could be hosted by Coast Bank in partnership with Pier Alliance.'),
    ).toEqual([]);
  });
});

describe('frames: a quoted title says nothing', () => {
  it('takes no words of a quoted title for a list of bodies', () => {
    expect(
      read(
        'The Conference “Harbours: Growing Trade with Fairness and Inclusion” organised by Coast Bank and Pier Alliance met in May.',
      ),
    ).toEqual([]);
    expect(read('Coast Bank organised “Growth with Fairness and Pier Alliance” in May.')).toEqual(
      [],
    );
  });
});
