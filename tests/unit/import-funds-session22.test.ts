// Session 22: who funds whom, in the general wordings of funders' and funded bodies' pages, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('funders named by the role they hold', () => {
  it('reads "our sponsors:", "its donors, namely", "ses bailleurs … à savoir" as funders of the actor', () => {
    expect(read('Our sponsors: the Lighthouse Trust and Coast Bank.')).toEqual([
      `Lighthouse Trust FUNDS ${T}`,
      `Coast Bank FUNDS ${T}`,
    ]);
    expect(read('Its main donors, namely the Lighthouse Trust and Coast Bank, renewed.')).toEqual([
      `Lighthouse Trust FUNDS ${T}`,
      `Coast Bank FUNDS ${T}`,
    ]);
    expect(
      read(
        'Le réseau a signé des conventions avec ses bailleurs les plus importants, à savoir la Fondation des Marais et la Ville de Portneuf.',
      ),
    ).toEqual([`Fondation des Marais FUNDS ${T}`, `Ville de Portneuf FUNDS ${T}`]);
  });

  it('reads "A became a donor of B" and "A est le principal bailleur de fonds de B" (funder first)', () => {
    expect(read('In 2010 the Lighthouse Trust became a donor of the Dune Guild.')).toEqual([
      'Lighthouse Trust FUNDS Dune Guild',
    ]);
    expect(
      read('La Fondation des Marais est le principal bailleur de fonds de la Caisse Côtière.'),
    ).toEqual(['Fondation des Marais FUNDS Caisse Côtière']);
  });

  it('takes no founder, member or partner for a funder', () => {
    expect(read('In 2010 the Lighthouse Trust became a founder of the Dune Guild.')).not.toContain(
      'Lighthouse Trust FUNDS Dune Guild',
    );
    expect(read('Our partners: the Lighthouse Trust and Coast Bank.')).toEqual([
      `${T} PARTNER_OF Lighthouse Trust`,
      `${T} PARTNER_OF Coast Bank`,
    ]);
  });
});

describe("a funder's own list of the bodies it funds", () => {
  it('reads "this year\'s award recipients are", "other recipients include", "our grantees are"', () => {
    expect(
      read(
        "This year's top three award recipients, receiving $2,500 each, are Dune Guild, Harbour Food Pantry and Pier Alliance.",
      ),
    ).toEqual([
      `${T} FUNDS Dune Guild`,
      `${T} FUNDS Harbour Food Pantry`,
      `${T} FUNDS Pier Alliance`,
    ]);
    expect(read('Other recipients include the Dune Guild and Pier Alliance.')).toEqual([
      `${T} FUNDS Dune Guild`,
      `${T} FUNDS Pier Alliance`,
    ]);
    expect(read('Les lauréats 2016 sont la Caisse Côtière et la Ferme des Marais.')).toEqual([
      `${T} FUNDS Caisse Côtière`,
      `${T} FUNDS Ferme des Marais`,
    ]);
  });

  it('gives nothing when the recipients are people or another body gives', () => {
    expect(read('Our grantees are young farmers and students.')).toEqual([]);
    expect(read('The recipients of the Coast Bank award are the Dune Guild.')).toEqual([]);
  });
});

describe('money put into a body, in more verb forms', () => {
  it('reads progressive and investing verbs with a sum, funder first', () => {
    expect(read('Coast Bank is disbursing loans to the Dune Guild and Pier Alliance.')).toEqual([
      'Coast Bank FUNDS Dune Guild',
      'Coast Bank FUNDS Pier Alliance',
    ]);
    expect(read('Coast Bank has been providing $40,000 a year to the Dune Guild.')).toEqual([
      'Coast Bank FUNDS Dune Guild',
    ]);
    expect(read('Coast Bank invested €2 million in the Dune Guild in 2019.')).toEqual([
      'Coast Bank FUNDS Dune Guild',
    ]);
    expect(
      read("La Banque des Marais a injecté 1 million d'euros dans la Caisse Côtière."),
    ).toEqual(['Banque des Marais FUNDS Caisse Côtière']);
    expect(read('The Dune Guild was seeded with $5 million from the Lighthouse Trust.')).toEqual([
      'Lighthouse Trust FUNDS Dune Guild',
    ]);
  });

  it('takes help, care or services for no funding', () => {
    expect(read('Coast Bank supports its members and Pier Alliance.')).not.toContain(
      'Coast Bank FUNDS Pier Alliance',
    );
    expect(read('Coast Bank is providing training to the Dune Guild.')).toEqual([]);
    expect(read('Coast Bank invested time in the Dune Guild.')).toEqual([]);
    expect(read('In support of the campaign, Coast Bank marched with the Dune Guild.')).toEqual([]);
  });

  it('takes a person funded for no body funded', () => {
    expect(read('Coast Bank is disbursing loans to Mrs. Jane Holloway.')).toEqual([]);
  });
});

describe('who set a body going without founding it', () => {
  it('reads "instrumental in the establishment of", "driving force for the creation of", "spearheaded", "rôle moteur dans la création de"', () => {
    expect(read('The network was instrumental in the establishment of the Dune Guild.')).toEqual([
      `${T} INITIATED Dune Guild`,
    ]);
    expect(
      read(
        'It was one of the driving forces for the creation of the Harbour Health Alliance in 1996.',
      ),
    ).toEqual([`${T} INITIATED Harbour Health Alliance`]);
    expect(read('In 1970 the network spearheaded Operation Harvest.')).toEqual([
      `${T} INITIATED Operation Harvest`,
    ]);
    expect(
      read('Le réseau a joué un rôle moteur dans la création de la Banque des Marais.'),
    ).toEqual([`${T} INITIATED Banque des Marais`]);
  });

  it("takes a driving force without a creation, a role in a task or another body's initiative for none", () => {
    expect(read('The network is a driving force in facing the health crisis.')).toEqual([]);
    expect(
      read('Coast Bank was instrumental in the establishment of the Harbour Health Alliance.'),
    ).toEqual([]);
    expect(
      read('The network was instrumental in developing and shaping the support infrastructure.'),
    ).toEqual([]);
  });
});

describe('the body that funds the actor, named before a relative clause or after a grant', () => {
  it('reads "…, which is now their main source of financing" and "bénéficie d\'une subvention de"', () => {
    expect(
      read(
        'The network is part of the Coast Bank union, which is now its main source of pre-harvest financing.',
      ),
    ).toContain(`Coast Bank FUNDS ${T}`);
    expect(read("Le réseau bénéficie d'une subvention de la Fondation des Marais.")).toEqual([
      `Fondation des Marais FUNDS ${T}`,
    ]);
  });

  it('takes a source of ideas or members for no funder', () => {
    expect(
      read('The network works with Coast Bank, which is its main source of new members.'),
    ).not.toContain(`Coast Bank FUNDS ${T}`);
  });
});
