// Session 24: who states a partnership, "join forces", and the partner words that name no partner; invented sentences only.
import { describe, expect, it } from 'vitest';
import { partnershipSubject } from '../../src/import/partnership-subject.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('the subject of a partnership phrase', () => {
  it('is the name that opens the clause, past a gloss and a verb group', () => {
    expect(partnershipSubject('Coast Bank, the apex body for co-ops, is working ')).toBe(
      'Coast Bank',
    );
    expect(
      partnershipSubject("Dans le cadre du projet, l'Union des Ports           est également "),
    ).toBe("l'Union des Ports");
    expect(
      partnershipSubject(
        'Coast Bank will be managing the programme on behalf of Pier Alliance and working ',
      ),
    ).toBe('Coast Bank');
  });

  it('is no name after "and", nor an adverbial or a lone capitalised word', () => {
    expect(partnershipSubject('The network and Coast Bank ')).toBeUndefined();
    expect(partnershipSubject('Coast Bank and Pier Alliance ')).toBeUndefined();
    expect(partnershipSubject('In April, the network took a new step by ')).toBeUndefined();
    expect(partnershipSubject('Together ')).toBeUndefined();
  });

  it("reads another body's partnership as that body's, in English and French", () => {
    expect(
      read('Coast Bank, the apex body for co-ops, is working in partnership with Pier Alliance.'),
    ).toEqual(['Coast Bank PARTNER_OF Pier Alliance']);
    expect(read('Coast Bank works with Pier Alliance.')).toEqual([
      'Coast Bank PARTNER_OF Pier Alliance',
    ]);
    expect(
      read(
        "Dans le cadre de l'appui à la filière, l'Association Marée Libre (AML) est en partenariat avec le Centre d'Etude des Marées depuis 2003.",
      ),
    ).toEqual(["Association Marée Libre PARTNER_OF Centre d'Etude des Marées"]);
    expect(
      read(
        'Coast Bank will be managing the programme on behalf of Pier Alliance and working in partnership with the Dune Guild.',
      ),
    ).toEqual(['Coast Bank PARTNER_OF Dune Guild']);
  });

  it("keeps the actor's own partnerships", () => {
    expect(read('The network works with Coast Bank and Pier Alliance.')).toEqual([
      'Tidewater Makers Network PARTNER_OF Coast Bank',
      'Tidewater Makers Network PARTNER_OF Pier Alliance',
    ]);
    expect(read('In 2003 the network signed an agreement with Coast Bank.')).toEqual([
      'Tidewater Makers Network PARTNER_OF Coast Bank',
    ]);
    expect(read('Coast Bank and the network work with Pier Alliance.')).toEqual([
      'Tidewater Makers Network PARTNER_OF Pier Alliance',
    ]);
  });
});

describe('"join forces", "s\'associe avec", "unir ses forces"', () => {
  it('reads a partnership of the clause subject', () => {
    expect(
      read(
        'In April, the network took a new step by joining forces with the Italian Federation of Coast Banks (IFCB).',
      ),
    ).toEqual(['Tidewater Makers Network PARTNER_OF Italian Federation of Coast Banks']);
    expect(read('Le réseau a uni ses forces avec la Fédération des Ports.')).toEqual([
      'Tidewater Makers Network PARTNER_OF Fédération des Ports',
    ]);
    expect(read("La Caisse Côtière s'associe avec l'Union des Ports pour ce projet.")).toEqual([
      'Caisse Côtière PARTNER_OF Union des Ports',
    ]);
  });
});

describe('partner words that name no partner', () => {
  it('reads no partnership of "social partners" (unions and employers) or "partner countries"', () => {
    expect(read('The social partners: Harbour Workers Union, Dune Employers Federation.')).toEqual(
      [],
    );
    expect(read('Les partenaires sociaux sont la Confédération des Quais et la CGQ.')).toEqual([]);
    expect(read('Our partner countries are France, Spain and Portugal.')).toEqual([]);
    expect(read('Les pays partenaires sont le Bénin, le Togo et le Niger.')).toEqual([]);
  });

  it('reads nothing of "works with communities" nor of a partnership that is a programme name', () => {
    expect(read('The network works with communities and local people.')).toEqual([]);
    expect(read('The Harbour Partnership is a programme of the Dune Guild.')).toEqual([]);
  });

  it("reads no partnership between an event's co-organisers", () => {
    expect(
      read('The Harbour Fair was organised by Coast Bank in partnership with Pier Alliance.'),
    ).not.toContain('Coast Bank PARTNER_OF Pier Alliance');
    expect(
      read(
        "Le forum, organisé par la Caisse Côtière en partenariat avec l'Union des Ports, a réuni 300 personnes.",
      ),
    ).not.toContain('Caisse Côtière PARTNER_OF Union des Ports');
  });
});
