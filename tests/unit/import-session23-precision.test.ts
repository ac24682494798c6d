// Session 23: readings narrowed to where the actor is certainly the subject, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('an event organised by one body in collaboration with others', () => {
  it('reads every organiser as initiating the event named, and no partnership between them', () => {
    expect(
      read(
        'The Harbour Forum was organised by Coast Bank in collaboration with Pier Alliance and the Dune Guild.',
      ),
    ).toEqual([
      'Coast Bank INITIATED Harbour Forum',
      'Pier Alliance INITIATED Harbour Forum',
      'Dune Guild INITIATED Harbour Forum',
    ]);
    expect(
      read(
        "Ce forum, porté par la Banque des Marais, a été préparé en étroite collaboration avec la Caisse Côtière et l'Union des Ports.",
      ),
    ).toEqual([]);
  });

  it('still reads a partnership the actor states of itself', () => {
    expect(read('The network works in partnership with Harbour Kelp Federation.')).toEqual([
      'Tidewater Makers Network PARTNER_OF Harbour Kelp Federation',
    ]);
  });
});

describe('"is part of", "affiliated with" and a merger told of another subject', () => {
  it('reads them of the actor', () => {
    expect(read('The network is part of the Dune Guild.')).toEqual([
      'Tidewater Makers Network MEMBER_OF Dune Guild',
    ]);
    expect(read('Is affiliated with the Dune Guild.')).toEqual([
      'Tidewater Makers Network MEMBER_OF Dune Guild',
    ]);
    expect(read('Le réseau est né de la fusion de la Caisse Nord et de la Caisse Sud.')).toEqual([
      'Tidewater Makers Network EMERGED_FROM Caisse Nord',
      'Tidewater Makers Network EMERGED_FROM Caisse Sud',
    ]);
  });

  it("does not lend the actor another subject's membership or merger", () => {
    expect(read('Coast Bank is part of the Dune Guild.')).toEqual([]);
    expect(read('Many harbour co-operatives are affiliated with the Dune Guild.')).toEqual([]);
    expect(read('She added that Coast Bank is a part of the Dune Guild.')).toEqual([]);
    expect(
      read('In total, 25 co-operatives which are part of the Dune Guild joined in 2001.'),
    ).not.toContain('Tidewater Makers Network MEMBER_OF Dune Guild');
    expect(
      read(
        'La Caisse du Port, née de la fusion de la Caisse Nord et de la Caisse Sud, ouvre en 2001.',
      ),
    ).not.toContain('Tidewater Makers Network EMERGED_FROM Caisse Nord');
  });
});

describe('a funder named after a bare participle', () => {
  it('reads "is funded by" and an apposition on the actor', () => {
    expect(read('The network is funded by Coast Bank and Pier Alliance.')).toEqual([
      'Coast Bank FUNDS Tidewater Makers Network',
      'Pier Alliance FUNDS Tidewater Makers Network',
    ]);
    expect(read('The network, funded by Coast Bank, opened in 2001.')).toEqual([
      'Coast Bank FUNDS Tidewater Makers Network',
    ]);
  });

  it('does not read the participle of another noun or of a subject still to come', () => {
    expect(read('A research partnership funded by Coast Bank opened in 2001.')).toEqual([]);
    expect(
      read('Funded by Coast Bank and Pier Alliance, it will be led by the Dune Guild.'),
    ).toEqual([]);
  });
});

describe('words of hosting and of "among its members" that announce no list', () => {
  it('reads no membership from "accueille" (a town hosts an event)', () => {
    expect(read('La ville de Brest accueille le Forum des Marais et la Caisse Côtière.')).toEqual(
      [],
    );
  });

  it('reads "among its members" only where it announces the members', () => {
    expect(
      read('The network runs training among its members across the region with Coast Bank.'),
    ).toEqual([]);
    expect(read('Among its members are Coast Bank and Pier Alliance.')).toEqual([
      'Coast Bank MEMBER_OF Tidewater Makers Network',
      'Pier Alliance MEMBER_OF Tidewater Makers Network',
    ]);
  });
});

describe('a money word read from word order', () => {
  it('reads no funding from a noun "funds" before a list', () => {
    expect(
      read('The network manages pension funds, including Coast Bank and Pier Alliance.'),
    ).toEqual([]);
  });
});
