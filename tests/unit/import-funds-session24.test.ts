// Session 24: who funds whom, in more general wordings of funding, on invented sentences only (traps included).
import { describe, expect, it } from 'vitest';
import { afterCategoryLeadIn } from '../../src/import/category-lead-in.js';
import { recipientNames } from '../../src/import/funding-items.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the text under test. */
const read = (text: string) => claims(`${T}\n${text}`);

describe('"technical and financial support" received from bodies listed after a category', () => {
  it('reads "reçoit un appui technique et financier de la part de différentes organisations dont les principales sont : A, B"', () => {
    expect(
      read(
        'Le réseau reçoit un appui technique et financier de la part de différentes organisations dont les principales sont : la Fondation des Marais, le Centre Portuaire et la Ville de Portneuf.',
      ),
    ).toEqual([
      `Fondation des Marais FUNDS ${T}`,
      `Centre Portuaire FUNDS ${T}`,
      `Ville de Portneuf FUNDS ${T}`,
    ]);
    expect(
      read('Le réseau a bénéficié d’un concours financier de la Fondation des Marais.'),
    ).toEqual([`Fondation des Marais FUNDS ${T}`]);
  });

  it('reads a giving frame with the support named: "A a apporté une aide financière à B"', () => {
    expect(
      read('La Fondation des Marais a apporté une aide financière au Centre Portuaire.'),
    ).toEqual(['Fondation des Marais FUNDS Centre Portuaire']);
  });

  it('takes no plain, technical or member support for funding', () => {
    expect(
      read(
        'Le réseau reçoit un appui de la part de plusieurs organisations dont les principales sont : la Fondation des Marais et la Ville de Portneuf.',
      ),
    ).toEqual([]);
    expect(
      read('La Fondation des Marais a apporté son appui technique au Centre Portuaire.'),
    ).toEqual([]);
    expect(read('The network supports its members in their projects.')).toEqual([]);
    expect(read('Funds raised by the Lighthouse Trust will go to schools.')).toEqual([]);
  });

  it('skips only a category lead-in, not a named list', () => {
    expect(afterCategoryLeadIn('several partners, including the Dune Guild and Coast Bank')).toBe(
      'the Dune Guild and Coast Bank',
    );
    expect(afterCategoryLeadIn('the Dune Guild and Coast Bank')).toBe(
      'the Dune Guild and Coast Bank',
    );
  });
});

describe('"doté par" and "grâce à des financements X": who put the money in', () => {
  it('reads "doté par A, B" as A and B funding the actor, with its verb or an apposition', () => {
    expect(
      read(
        'Le prêt d’honneur, proposé par le réseau, doté par la Banque des Marais et le Conseil Côtier, est un produit innovant.',
      ),
    ).toEqual([`Banque des Marais FUNDS ${T}`, `Conseil Côtier FUNDS ${T}`]);
  });

  it('reads "grâce à des financements" followed by the funder, with or without "de"', () => {
    expect(
      read('Le réseau a été préfiguré grâce à des financements de la Fondation des Marais.'),
    ).toEqual([`Fondation des Marais FUNDS ${T}`]);
  });

  it('takes no "doté de" (equipped with) for a funding', () => {
    expect(read('Le réseau est doté de la Fondation des Marais comme outil.')).toEqual([]);
  });
});

describe('a grant list written as press releases write it', () => {
  it('keeps the recipient of "Recipient, Town, ST: $10,000 grant" and "Recipient in Town, ST: $…"', () => {
    expect(
      read(
        'The Tidewater Makers Network has awarded grants and a loan to co-ops in four states.\nThe funding recipients are as follows:\n--Dune Real Food Market, Chatham, N.Y.: $10,000 Seed Fund grant\n--Harbour Moon Natural Foods Cooperative, Orono, Minn.: $10,000 Seed Fund grant\n--Medford Market in Medford, Ore.: $25,000 Sprout Fund loan\nThe Tidewater Makers Network helps co-ops.',
      ),
    ).toEqual([
      `${T} FUNDS Dune Real Food Market`,
      `${T} FUNDS Harbour Moon Natural Foods Cooperative`,
      `${T} FUNDS Medford Market`,
    ]);
  });

  it('leaves an item without a sum, and a name with "in" inside it, whole', () => {
    expect(recipientNames(' Women in Cooperatives in Medford, Ore.: $5,000 grant ')).toBe(
      ' Women in Cooperatives ',
    );
    expect(recipientNames(' Dune Guild, Chatham ; Coast Bank ')).toBe(
      ' Dune Guild, Chatham ; Coast Bank ',
    );
  });
});

describe('the actor among the givers: the funded is not the actor', () => {
  it('reads nothing of "les 10 % restants seront financés par A, B et [the actor]"', () => {
    expect(
      read(
        `Les 10 % restants seront financés par la Fondation des Marais, le Centre Portuaire et le ${T}.`,
      ),
    ).toEqual([]);
  });

  it('reads no funder of the actor before "une subvention de [the actor]"', () => {
    expect(
      read(
        `Développée à la demande de la Caisse Dunaire, avec l’aide d’une subvention du ${T}, la coopérative est autonome.`,
      ),
    ).not.toContain(`Caisse Dunaire FUNDS ${T}`);
    expect(
      read(`La terre fut acquise grâce à une subvention de 40 000 $ du ${T} et de l’ACDI.`),
    ).toEqual([]);
  });

  it('still reads "une subvention de 40 000 $ de A et de l’B" as both funding the actor', () => {
    expect(
      read(
        'Le réseau a acquis sa terre grâce à une subvention de 40 000 $ de la Fondation des Marais et de l’ACDI.',
      ),
    ).toEqual([`Fondation des Marais FUNDS ${T}`, `ACDI FUNDS ${T}`]);
  });
});

describe('a category before the first name', () => {
  it('drops a qualified category ("the retail banks A") but keeps a bare plural that opens a name', () => {
    expect(afterCategoryLeadIn('the retail banks Coast Bank and Pier Bank')).toBe(
      'Coast Bank and Pier Bank',
    );
    expect(afterCategoryLeadIn('les caisses Desjardins de Portneuf')).toBe(
      'les caisses Desjardins de Portneuf',
    );
  });
});
