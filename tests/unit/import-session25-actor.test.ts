// Session 25: a place read for the actor (a headline's or an address's), a banner line repeated
// over the title, and a site's body named with its partner, on invented pages.
import { describe, expect, it } from 'vitest';
import { ownFoundingYear } from '../../src/import/founding-year.js';
import { namesPlace } from '../../src/import/no-body-name.js';
import { isRepeatedPhrase } from '../../src/import/repeated-line.js';
import { urlActor } from '../../src/import/url-actor.js';
import { parse } from '../support/import-page.js';

describe('a place is no body: the page names its actor elsewhere', () => {
  it('tells a place and a place after its preposition from a body', () => {
    expect(namesPlace('Kenya')).toBe(true);
    expect(namesPlace('Au Sénégal')).toBe(true);
    expect(namesPlace('In Kenya')).toBe(true);
    expect(namesPlace('Kenya Dairy Union')).toBe(false);
    expect(namesPlace('Nishati Pamoja')).toBe(false);
  });

  it('reads the body the prose keeps naming over the place a headline opens with', () => {
    const parsed = parse(
      'https://energynews.example/kenya-launches-community-energy-company\n' +
        'Kenya launches community-owned energy company\n' +
        'Nishati Pamoja will be based in Nakuru. It has one task: helping Kenya reach its goals.\n' +
        'The ministry is hiring the first staff at Nishati Pamoja, which will grow to 12 people.\n' +
        'Already grants have been given out in the name of Nishati Pamoja to 11 village projects across Kenya.\n' +
        'The minister described the need for a company like Nishati Pamoja in Kenya.',
    );
    expect(parsed.name).toBe('Nishati Pamoja');
  });

  it("keeps the site's body over a place its address's slug names (French)", () => {
    const parsed = parse(
      'https://blog.lornis.example/article/au-senegal-le-mil-est-lor-des-plaines\n' +
        'Au Sénégal, le mil est l’or des plaines\n' +
        'Ma dernière mission au Sénégal avait pour objectif de rencontrer les coopératives avec lesquelles Lornis travaille. ' +
        'La culture du mil y reste familiale.\n' +
        'Nos partenaires au Sénégal\n' +
        'Quatre coopératives de producteurs sont partenaires de Lornis au Sénégal depuis 2015.',
    );
    expect(parsed.name).toBe('Lornis');
  });
});

describe('a banner repeated on one line is not the title', () => {
  it('tells a phrase written again and again from a name', () => {
    expect(isRepeatedPhrase('Year of Lorn Year of Lorn Year of Lorn')).toBe(true);
    expect(isRepeatedPhrase('Semaine des coopératives Semaine des coopératives')).toBe(true);
    expect(isRepeatedPhrase('Marsh Valley Bank')).toBe(false);
    expect(isRepeatedPhrase('Bank Bank')).toBe(false);
    expect(isRepeatedPhrase('Coop Lorn Coop')).toBe(false);
  });

  it('reads the line under the banner as the title (English)', () => {
    const parsed = parse(
      'https://year.example.org/donors.html\n' +
        'Year of Lorn Cooperatives Year of Lorn Cooperatives Year of Lorn Cooperatives\n\n\n' +
        'Marsh Bank Group\n\n\n' +
        'Marsh Bank Group has come forward as the first donor to the Year of Lorn Cooperatives and the work of the Lorn Assembly on Cooperatives. ' +
        'To ensure the success of the upcoming Year of Lorn Cooperatives (YLC), Marsh Bank has earmarked funds to help finance the campaign of the YLC.\n\n' +
        'Headquartered in Lorn, Marsh Bank is one of the largest banks of the region. The YLC thanks its donor.',
    );
    expect(parsed.name).toBe('Marsh Bank Group');
  });

  it('reads the line under the banner as the title (French)', () => {
    const parsed = parse(
      'https://semaine.example.org/donateurs.html\n' +
        'Semaine de l’Épargne Solidaire Semaine de l’Épargne Solidaire\n\n\n' +
        'Groupe Caisse Lornaise\n\n\n' +
        'Le Groupe Caisse Lornaise est le premier donateur de la Semaine de l’Épargne Solidaire et des travaux de l’Assemblée de Lorn. ' +
        'Pour assurer le succès de la Semaine de l’Épargne Solidaire (SES), la Caisse Lornaise finance la campagne de la SES.\n\n' +
        'Installée à Lorn, la Caisse Lornaise est l’une des grandes banques de la région. La SES remercie son donateur.',
    );
    expect(parsed.name).toBe('Groupe Caisse Lornaise');
  });
});

describe("a site's body named with its partner is the site's body alone", () => {
  it('stops the name the host spells before "et" and the partner (French)', () => {
    const parsed = parse(
      'https://www.lorn-agglo.example/actualites/financement-participatif\n' +
        'En collaboration avec la chambre régionale, Lorn Agglo et J’aide un projet ont renouvelé en 2025 le dispositif d’abondement. ' +
        'Lorsqu’un citoyen donne 1€ à un projet, Lorn Agglo verse également 1€ sur ce projet.',
    );
    expect(parsed.name).toBe('Lorn Agglo');
  });

  it('stops the name the host spells before "and" and the partner (English)', () => {
    const text =
      'Together with the regional chamber, Marsh Council and Givewell have renewed the match-funding scheme for 2025. ' +
      'When a resident gives £1 to a project, Marsh Council gives £1 too.';
    expect(urlActor('https://www.marsh-council.example/news/match-funding', text)).toEqual({
      name: 'Marsh Council',
      acronym: null,
      via: 'host',
    });
  });
});

describe('a founding dated before its object', () => {
  it('reads the year the founders put before the actor (French, English)', () => {
    expect(
      ownFoundingYear(
        [
          'Soutenues par la métropole, les coopératives ont ainsi créé en 2020 le fonds Lornventure. Il investit dans les entreprises.',
        ],
        ['Lornventure'],
      ),
    ).toBe('2020');
    expect(
      ownFoundingYear(
        ['Three credit unions founded in 2011 the Marsh Savings Network, which lends to farmers.'],
        ['Marsh Savings Network'],
      ),
    ).toBe('2011');
  });

  it("leaves another body's founding to that body", () => {
    expect(
      ownFoundingYear(
        [
          'Three credit unions founded in 2011 the Lorn Network, together with the Marsh Savings Network.',
        ],
        ['Marsh Savings Network'],
      ),
    ).toBeNull();
    expect(
      ownFoundingYear(
        ['Les coopératives ont créé en 2020 le fonds Lornventure avec la Caisse de Marsh.'],
        ['Caisse de Marsh'],
      ),
    ).toBeNull();
  });
});
