// Session 25: readings that said more than the sentence, each trap beside its true form, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { shapeGuarded } from '../../src/import/name-shape-guard.js';
import { claims, matcher } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('a capitalised trigger word right after another word', () => {
  it("belongs to a name or a person's title, not to the sentence's relation", () => {
    expect(
      read(
        'Some guests of the Gathering come from large co-operatives, such as Coast Bank and the Dune Guild.',
      ),
    ).toEqual([]);
    expect(read('"Harbours matter", said Mara Olsen Board Member of the Dune Guild.')).toEqual([]);
  });

  it('still reads the lowercase verb and a trigger that opens the sentence', () => {
    expect(read('The network gathers Coast Bank and the Dune Guild.')).toEqual([
      'Coast Bank MEMBER_OF Tidewater Makers Network',
      'Dune Guild MEMBER_OF Tidewater Makers Network',
    ]);
    expect(read('Member of the Dune Guild since 2004.')).toEqual([
      'Tidewater Makers Network MEMBER_OF Dune Guild',
    ]);
    expect(
      read('The network is a full member of the Dune Guild, and Founder Member of Pier Alliance.'),
    ).toEqual([
      'Tidewater Makers Network MEMBER_OF Dune Guild',
      'Tidewater Makers Network MEMBER_OF Pier Alliance',
    ]);
  });
});

describe('"which are members of": a relative clause about its antecedent', () => {
  it("does not lend the actor its antecedent's membership", () => {
    expect(
      read('The network represents the co-operatives which are members of the Dune Guild.'),
    ).toEqual([]);
  });

  it('still reads "we are members of"', () => {
    expect(read('We are members of the Dune Guild.')).toEqual([
      'Tidewater Makers Network MEMBER_OF Dune Guild',
    ]);
  });
});

describe('"né de l\'initiative de", "born of the desire to": an idea, no body', () => {
  it('reads no emergence from an idea or a will', () => {
    expect(
      read(
        "Né en 2015 de l'initiative d'acteurs de l'emploi et de la Caisse Côtière, le réseau ouvre.",
      ),
    ).not.toContain('Tidewater Makers Network EMERGED_FROM Caisse Côtière');
    expect(
      read('Born of the desire of the Dune Guild to share tools, the network opened.'),
    ).toEqual([]);
  });

  it('still reads an emergence from a body', () => {
    expect(read('Le réseau est né en 2015 de la Caisse Côtière.')).toEqual([
      'Tidewater Makers Network EMERGED_FROM Caisse Côtière',
    ]);
  });
});

describe('"in collaboration with" inside the clause of a creation', () => {
  it('reads no partnership of those who took part in the creation', () => {
    expect(
      read(
        "La ville a fait naître le réseau, en collaboration avec plusieurs entreprises (la Caisse Côtière et l'Union des Ports).",
      ),
    ).toEqual([]);
    expect(
      read('The network was set up in 2010 in partnership with Coast Bank and the Dune Guild.'),
    ).toEqual([]);
  });

  it('still reads a partnership after a fronted participle or in another clause', () => {
    expect(
      read('Fondé en 2004, le réseau travaille en partenariat avec la Caisse Côtière.'),
    ).toEqual(['Tidewater Makers Network PARTNER_OF Caisse Côtière']);
    expect(
      read('The network was founded in 2004 and works in partnership with Coast Bank.'),
    ).toEqual(['Tidewater Makers Network PARTNER_OF Coast Bank']);
  });
});

describe('"se lancer avec": to set out with, not to found', () => {
  it('reads no founding of the bodies the actor set out with', () => {
    expect(
      read("Ainsi, l'association s'est lancée avec la Caisse Côtière et l'Union des Ports."),
    ).toEqual([]);
  });

  it('still reads a launch the actor made', () => {
    expect(read("L'association a lancé la Caisse Côtière.")).toEqual([
      'Tidewater Makers Network INITIATED Caisse Côtière',
    ]);
  });
});

describe('a creation "with the support of" others', () => {
  it('reads the supporters as no founders', () => {
    expect(
      read(
        'The network was initiated by the government with the financial and technical assistance of Coast Bank and Pier Alliance.',
      ),
    ).toEqual([]);
    expect(
      read(
        "Le réseau a été créé par la Caisse Côtière avec l'appui technique et financier de l'Union des Ports et de Pier Alliance.",
      ),
    ).toEqual(['Caisse Côtière FOUNDED Tidewater Makers Network']);
  });

  it('still reads every founder of a plain list', () => {
    expect(read('The network was founded by Coast Bank and the Dune Guild.')).toEqual([
      'Coast Bank FOUNDED Tidewater Makers Network',
      'Dune Guild FOUNDED Tidewater Makers Network',
    ]);
  });
});

describe('the sector and its categories', () => {
  it('names no body: "SSE initiatives", "ESS actors"', () => {
    expect(
      read(
        'The network travelled to Berlin through the cooperation of social organisations and SSE initiatives in Germany.',
      ),
    ).toEqual([]);
  });

  it('still reads a body named after the sector', () => {
    expect(read('The network works in cooperation with SSE International Forum.')).toEqual([
      'Tidewater Makers Network PARTNER_OF sse-international-forum',
    ]);
  });
});

describe('one body at both ends', () => {
  it('is no relation, whatever key each end matched', () => {
    const relation = {
      type: 'PARTNER_OF' as const,
      from: { match: null, name: 'Harbour Federation of Banks' },
      to: { match: 'credit-cooperatif', name: 'Harbour Federation of Banks' },
      since: null,
      role: null,
      founding: false,
      evidence:
        'The Harbour Federation of Banks joins forces with the Harbour Federation of Banks.',
      confidence: 0.8,
    };
    expect(shapeGuarded([relation], () => false, matcher)).toEqual([]);
    const other = { ...relation, to: { match: null, name: 'Coast Bank' } };
    expect(shapeGuarded([other], () => false, matcher)).toHaveLength(1);
  });
});
