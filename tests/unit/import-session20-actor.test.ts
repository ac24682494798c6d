// Session 20: how a page names its body and dates its founding, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import {
  acronymOf,
  fullNameBefore,
  fullNameOf,
  kindNameSpelling,
} from '../../src/import/actor-gloss.js';
import { foundedYear } from '../../src/import/extract.js';
import { recordFoundingYear } from '../../src/import/founding-year.js';
import { nameExtent } from '../../src/import/name-extent.js';
import { parse, profileActor as self } from '../support/import-page.js';

describe('an acronym glossed between dashes', () => {
  it('is named by the apposition', () => {
    const prose =
      'Le GRAVEL – Groupement régional des ateliers de vélos libres – est l’union des ateliers du plateau.';
    expect(fullNameOf('GRAVEL', prose)).toBe('Groupement régional des ateliers de vélos libres');
  });

  it('needs the apposition to open with the acronym’s letter', () => {
    const prose = 'Le GRAVEL – Union des ateliers de vélos libres – est l’union des ateliers.';
    expect(fullNameOf('GRAVEL', prose)).toBeNull();
  });
});

describe('an abbreviation named as such', () => {
  it('reads "X, abrégé ACR" and "X (abbreviated as ACR)"', () => {
    expect(
      acronymOf(
        'Syndicat des vergers de la vallée',
        'Le Syndicat des vergers de la vallée, abrégé SVV, réunit les arboriculteurs.',
      ),
    ).toBe('SVV');
    expect(
      acronymOf(
        'Orchard Growers League',
        'The Orchard Growers League (abbreviated as OGL) was set up by farmers.',
      ),
    ).toBe('OGL');
  });

  it('reads no word after "abrégé" that is not an acronym', () => {
    expect(
      acronymOf('Syndicat des vergers', 'Le Syndicat des vergers, abrégé souvent, réunit.'),
    ).toBeNull();
  });
});

describe('a one-word short name in brackets after the full name', () => {
  const prose =
    'In a dispute between two growers, the Marrow Valley Growers Ltd (Marvago) returned its shares. Marvago had held them since the start.';

  it('is the short form of the full name, its acronym', () => {
    expect(fullNameBefore('Marvago', prose)).toEqual({
      name: 'Marrow Valley Growers Ltd',
      acronym: 'Marvago',
    });
  });

  it('is a second name, no acronym, after "trading as"', () => {
    const trading =
      'Lakeside Food Network Wales (trading as LaFoNet) came into being after a merger.';
    expect(fullNameBefore('LaFoNet', trading)).toEqual({
      name: 'Lakeside Food Network Wales',
      acronym: null,
    });
  });

  it('needs the full name to open with the short name’s letter', () => {
    expect(fullNameBefore('Vago', prose)).toBeNull();
  });

  it('names the page actor in a parsed page', () => {
    const parsed = parse(
      [
        'Marvago returns its shares',
        '',
        prose,
        'The court said Marvago had sold them at their value, and Marvago will keep its seat.',
      ].join('\n'),
    );
    // Its closing legal form is no part of the name (convention 1, session 37).
    expect([parsed.name, parsed.acronym]).toEqual(['Marrow Valley Growers', 'Marvago']);
  });
});

describe('a kind-word name that spells the acronym', () => {
  it('reads a French name capitalised on its first word only', () => {
    const prose =
      'Zoom sur la FVC. La Fédération des vergers conservatoires regroupe quarante vergers.';
    expect(kindNameSpelling('FVC', prose)).toBe('Fédération des vergers conservatoires');
  });

  it('reads a two-word name ending in its kind for a two-letter acronym', () => {
    const prose = 'Last year, Harbour Network welcomed new members. The HN team grew.';
    expect(kindNameSpelling('HN', prose)).toBe('Harbour Network');
  });

  it('takes no run of everyday words that spells the letters', () => {
    const prose = 'Cette voie verte compte des vélos. Harbour team met.';
    expect(kindNameSpelling('CVV', prose)).toBeNull();
    expect(kindNameSpelling('HT', prose)).toBeNull();
  });
});

describe('the founding year', () => {
  it('is the record’s founding field, over a year the prose gives another event', () => {
    const paragraphs = [
      'Created in 1995, the holding company of the Tarn group took over the bank.',
    ];
    const lines = ['Type | Cooperative bank |', 'Founded | 1961 |', ...paragraphs];
    expect(foundedYear(paragraphs, self('Banca Tarn'), lines)).toBe('1961');
  });

  it('reads a founding field dated to the day', () => {
    expect(recordFoundingYear(['Founded March 3, 1902; 120 years ago'])).toBe('1902');
    expect(
      recordFoundingYear(['Dénomination : Atelier Brune Date de création : 4 Mai 2011 à Lomé']),
    ).toBe('2011');
  });

  it('takes no founding field when several rows have one (a table of other bodies)', () => {
    expect(recordFoundingYear(['Founded | 1990 |', 'Founded | 2001 |'])).toBeNull();
  });

  it('reads founders and a month before the year', () => {
    const paragraphs = [
      'The Bank was set up by the Lowland Fund and the Ridge Trust in March 2004. It grew fast.',
    ];
    expect(foundedYear(paragraphs, self('Lowland Bank'))).toBe('2004');
  });

  it('reads the founding as a noun, before or after the body’s name', () => {
    expect(
      foundedYear(
        ['Growers met for years until ORCHA’s legal constitution in June of 2006.'],
        self('Orchard Alliance', 'ORCHA'),
      ),
    ).toBe('2006');
    expect(
      foundedYear(
        ['Cette année marque la création, en 2021, de Mutuelle Aubrac, issue de deux caisses.'],
        self('Mutuelle Aubrac'),
      ),
    ).toBe('2021');
  });

  it('reads no founding noun of another body', () => {
    expect(
      foundedYear(
        ['Elle salue la création, en 2021, de Mutuelle Cantal, sa voisine.'],
        self('Mutuelle Aubrac'),
      ),
    ).toBeNull();
  });
});

describe('a closing legal form', () => {
  it('is not part of the name even when the page writes it after the name every time', () => {
    const prose =
      'Orme Énergie S.C. pose des panneaux sur les toits. Les membres de Orme Énergie S.C. votent chaque année.';
    expect(nameExtent('Orme Énergie', prose, null)).toBeNull();
  });

  it('is left out when the page also writes the name without it', () => {
    const prose =
      'Orme Énergie S.C. pose des panneaux sur les toits. Les membres de Orme Énergie votent chaque année.';
    expect(nameExtent('Orme Énergie', prose, null)).toBeNull();
  });

  it('is no legal form when the next word is another word', () => {
    const prose = 'Orme Énergie pose des panneaux. Orme Énergie pose aussi des bornes.';
    expect(nameExtent('Orme Énergie', prose, null)).toBeNull();
  });
});

describe('a title that names the site’s section after the body', () => {
  const prose =
    'Harbour Alliance gathers thirty fishing co-operatives. Each year Harbour Alliance holds a congress.';

  it('is the body’s name without the section', () => {
    expect(parse(`Harbour Alliance Members\n\n${prose}`).name).toBe('Harbour Alliance');
    expect(parse(`Harbour Alliance – Our partners\n\n${prose}`).name).toBe('Harbour Alliance');
  });

  it('keeps "Partners" or "News" closing a name without a possessive', () => {
    const partners =
      'Harbour Partners lends to fishing co-operatives. Each year Harbour Partners holds a congress.';
    expect(parse(`Harbour Partners\n\n${partners}`).name).toBe('Harbour Partners');
  });
});
