// Session 23: a title that writes out the address's short name, a site's rubric over the title,
// and a founding dated without a preposition, in brackets after the name or under the body's first
// form, on invented pages.
import { describe, expect, it } from 'vitest';
import { page, parse } from '../support/import-page.js';

describe('a title that writes out the name the address gives short', () => {
  it('takes the whole title when the prose writes it too (English and French)', () => {
    const english = parse(
      'https://harbourpages.example.org/marsh/history\nMarsh National\n' +
        'After its inception, Marsh National spent ten years organising households into co-operatives. ' +
        'In 1990 Marsh National joined the alliance.',
    );
    expect(english.name).toBe('Marsh National');
    const french = parse(
      'https://encyclo.example.org/wiki/Orme_Coopération_solidaire\nORME Coopération solidaire\n' +
        'ORME Coopération solidaire est la marque des caisses populaires de la vallée, un regroupement ' +
        'de caisses présent surtout dans le nord. ORME compte 40 caisses.',
    );
    expect(french.name).toBe('ORME Coopération solidaire');
  });

  it('keeps the short name under a headline, an event or an edition the prose does not name so', () => {
    // A headline the prose never repeats.
    const headline = parse(
      'https://harbourpages.example.org/marsh/news\nMarsh Celebrates Fifty Years\n' +
        'The Marsh (MARSH) network of credit co-operatives gathered its members in Lorn. MARSH thanked them.',
    );
    expect(headline.name).not.toBe('Marsh Celebrates Fifty Years');
    // An event named after the body, with its year: the body's event, not the body.
    const week = parse(
      'https://harbourpages.example.org/nena-co-operatives-week\nNENA Co-operatives Week 2022\n' +
        'The New Example Network Association (NENA) holds NENA Co-operatives Week 2022 in Lorn. NENA thanks its members.',
    );
    expect(week.name).not.toBe('NENA Co-operatives Week 2022');
    // A headline that goes on in lowercase, though the prose repeats it.
    const lowercase = parse(
      'https://harbourpages.example.org/2016/union-des-marais-en-ordre-de-marche\nUnion des Marais en ordre de marche\n' +
        'L’Union des Marais a tenu son assemblée. L’Union des Marais en ordre de marche accueille dix membres.',
    );
    expect(lowercase.name).toBe('Union des Marais');
  });
});

describe('a site’s rubric of two words over the page’s title', () => {
  it('skips a plural rubric the prose writes as a common noun (English and French)', () => {
    const english = parse(
      'Success stories\n\nMarsh Grupa\n\nMarsh Grupa is one of the best known success stories of social enterprise in the valley.',
    );
    expect(english.name).toBe('Marsh Grupa');
    const french = parse(
      'Dernières nouvelles\n\nCoopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme publie ses dernières nouvelles chaque mois.',
    );
    expect(french.name).toBe('Coopérative du Val d’Orme');
  });

  it('keeps a two-word title the prose writes as a name', () => {
    const parsed = parse(
      'Terres solidaires\n\nTerres solidaires réunit 40 producteurs de la vallée ; les producteurs de Terres solidaires vendent en circuit court.',
    );
    expect(parsed.name).toBe('Terres solidaires');
  });
});

describe('a founding dated without a preposition', () => {
  it('reads "launched April 28, 1971" and "founded 12 March 1994" for the actor', () => {
    expect(
      page(
        'Marsh Credit Confederation (MCC)\n\nMCC was launched April 28, 1971, with the help of credit union leaders. MCC now unites 30 leagues.',
      ).actor.founded,
    ).toBe('1971');
    expect(
      page(
        'Harbour Housing Trust\n\nThe Harbour Housing Trust was founded 12 March 1994 by tenants of the harbour. It now runs 40 homes.',
      ).actor.founded,
    ).toBe('1994');
    expect(
      page(
        'Coopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme a été fondée 12 mars 1994 par des producteurs de la vallée.',
      ).actor.founded,
    ).toBe('1994');
  });

  it('reads a founding year in brackets after the actor’s name (English and French)', () => {
    expect(
      page(
        'Marsh Valley Dairy\n\nMarsh Valley Dairy Cooperative (established 2018) is located 25 km from Lorn, under the umbrella of the Lorn Farmers Union.',
      ).actor.founded,
    ).toBe('2018');
    expect(
      page(
        'Coopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme (fondée en 1994) réunit 40 producteurs de la vallée.',
      ).actor.founded,
    ).toBe('1994');
    // Another body's year in brackets is not the actor's.
    expect(
      page(
        'Coopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme travaille avec la Caisse de Lorn (fondée en 1950) depuis dix ans.',
      ).actor.founded,
    ).toBeNull();
  });

  it('reads a founding under the body’s first form or name (English and French)', () => {
    expect(
      page(
        'Marsh Grupa\n\nMarsh Grupa is a known example. Founded as a non-profit association Marsh Centre in 2003 by young activists, the association soon spun off enterprises.',
      ).actor.founded,
    ).toBe('2003');
    expect(
      page(
        'Coopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme a été créée sous forme d’association en 1994 par des producteurs.',
      ).actor.founded,
    ).toBe('1994');
    expect(
      page(
        'Coopérative du Val d’Orme\n\nLa Coopérative du Val d’Orme travaille avec la Caisse de Lorn, créée sous le nom de Caisse rurale en 1950.',
      ).actor.founded,
    ).toBeNull();
  });

  it('does not read a day without its month, nor another body’s founding', () => {
    expect(
      page(
        'Marsh Credit Confederation (MCC)\n\nMCC was launched 40 years ago. It unites 30 leagues across the region.',
      ).actor.founded,
    ).toBeNull();
    expect(
      page(
        'Marsh Credit Confederation (MCC)\n\nMCC works with the Lorn Savings Union. The Lorn Savings Union was founded April 2, 1980, by farmers.',
      ).actor.founded,
    ).toBeNull();
  });
});
