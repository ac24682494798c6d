// Session 17: which body a page is about and the profiled actor's fields, on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { mostUsedBody } from '../../src/import/page-actor.js';
import { parseResourceLine } from '../../src/import/parse.js';
import { opensWith, urlActor } from '../../src/import/url-actor.js';
import { isUnreadableName } from '../../src/import/voted-actor.js';
import { page } from '../support/import-page.js';

const self = (name: string, acronym: string | null = null) => ({
  key: null,
  name,
  acronym,
  aliases: [],
});

describe('resource lines', () => {
  it('takes a postcode before a one-word town for no resource', () => {
    expect(parseResourceLine('38120 Varenne')).toBeUndefined();
    expect(parseResourceLine('1180 Ucclebois')).toBeUndefined();
  });

  it('still takes a count before a lowercase type', () => {
    expect(parseResourceLine('12 potagers')).toEqual({ type: 'potagers', count: 12 });
  });
});

describe('the site whose news item this is', () => {
  const news = [
    'The Northern Rim Fishers Alliance (NRFA), together with the Lakes Traders Union (LTU) and the Delta Boat Council (DBC), held a training week for young fishers on the lakes.',
    'The LTU opened the week, the LTU gave the first talk and the LTU closed it; the DBC ran the boat sessions and the DBC paid the lunches.',
    'The LTU will host the next week.',
  ].join('\n');

  it('is the page body when the prose opens with it, though the slug names a partner', () => {
    const found = urlActor('https://www.nrfa.example/news/training-week-with-ltu', news);
    expect(found).toMatchObject({ acronym: 'NRFA', via: 'host' });
  });

  it('stays the page body against a partner named more often', () => {
    const { name, acronym } = page(
      ['https://www.nrfa.example/news/training-week-with-ltu', news].join('\n'),
    ).actor;
    expect({ name, acronym }).toEqual({ name: 'Northern Rim Fishers Alliance', acronym: 'NRFA' });
  });

  it('still yields to the slug when the prose opens with another body', () => {
    const other = news.replace(
      'The Northern Rim Fishers Alliance (NRFA), together with',
      'Together with the Northern Rim Fishers Alliance (NRFA), ',
    );
    expect(urlActor('https://www.nrfa.example/news/training-week-with-ltu', other)).toMatchObject({
      acronym: 'LTU',
      via: 'path',
    });
  });

  it('opens a first sentence only as its subject, not further in', () => {
    expect(
      opensWith('Menu\nToday the Delta Boat Council met the mayor of the lake town.', {
        name: 'Delta Boat Council',
        acronym: null,
      }),
    ).toBe(false);
    expect(
      opensWith('Menu\nThe Delta Boat Council met the mayor of the lake town today.', {
        name: 'Delta Boat Council',
        acronym: null,
      }),
    ).toBe(true);
  });
});

describe('a title with words in brackets', () => {
  it('takes a lowercase word in brackets for no acronym', () => {
    const { name, acronym } = page(
      [
        'Verdi Quartz (fondation)',
        'Verdi Quartz est une fondation qui soutient les ateliers de verre du Jura.',
        'Verdi Quartz finance chaque année dix ateliers.',
      ].join('\n'),
    ).actor;
    expect({ name, acronym }).toEqual({ name: 'Verdi Quartz', acronym: null });
  });

  it('reads an article alone for no name', () => {
    expect(isUnreadableName('The', 'The union of lakes met. The lakes agreed.')).toBe(true);
    expect(isUnreadableName('LE', 'LE MOT DU BUREAU. Le bureau a voté.')).toBe(true);
    expect(isUnreadableName('Ardel', 'Ardel met. Ardel agreed.')).toBe(false);
  });
});

describe('the founding year of the profiled actor', () => {
  it('reads "established in the year 2009"', () => {
    expect(
      foundedYear(
        [
          'The Lakes Traders Union (LTU) is a network of fish traders. It was established in the year 2009 when traders met at the market.',
        ],
        self('Lakes Traders Union', 'LTU'),
      ),
    ).toBe('2009');
  });

  it('reads "came into being in May 2019"', () => {
    expect(
      foundedYear(
        ['Delta Boat Council came into being in May 2019, after two boat clubs merged.'],
        self('Delta Boat Council'),
      ),
    ).toBe('2019');
  });
});

describe('a founding stated in apposition to another body', () => {
  it('leaves "X, association créée en 2006" to X', () => {
    expect(
      foundedYear(
        [
          'Pour monter leur immeuble, les habitants ont rejoint Tovalo, association créée en 2006 qui aide les groupes.',
        ],
        self('Maison des Cimes'),
      ),
    ).toBeNull();
  });

  it('still reads the actor in apposition', () => {
    expect(
      foundedYear(
        ['Nous avons rejoint Tovalo, association créée en 2006 qui aide les groupes.'],
        self('Tovalo'),
      ),
    ).toBe('2006');
  });
});

describe('a news slug that ends in a roman numeral', () => {
  it('names no body ("… Part II")', () => {
    const text = [
      'A Trip to the Hills, Part II',
      'In Part II of this trip we met the growers of the Orla valley.',
    ].join('\n');
    expect(urlActor('https://www.example.org/blog/a-trip-to-the-hills-part-ii', text)).toBeNull();
  });
});

describe('a title that ends in a place after a comma', () => {
  it('names the body the prose writes without the place', () => {
    const { name } = page(
      [
        'La Ruche haute, Villebrune',
        "Le projet de la Ruche haute est né d'un groupe d'habitants. La Ruche haute compte douze logements et une salle commune.",
      ].join('\n'),
    ).actor;
    expect(name).toBe('La Ruche haute');
  });
});

describe('the body the prose names most', () => {
  const prose = [
    'Depuis dix ans, la Fondation Orvalis Terre Vive soutient les caisses rurales.',
    "Aux côtés de la Banque des Îles du Nord (BIN), la Fondation lance un programme d'appui.",
    'La BIN a financé les caisses dès 1990 et suit les prêts.',
    'Ensuite la Fondation formera les agents, et la Fondation suivra les caisses sur trois ans.',
  ].join('\n');

  it('counts "la Fondation" for the one foundation the prose names', () => {
    expect(mostUsedBody(prose)).toEqual({ name: 'Fondation Orvalis Terre Vive', acronym: null });
  });

  it('does not count a kind noun written once', () => {
    const once = prose.replace(
      'Ensuite la Fondation formera les agents, et la Fondation suivra',
      'Elle suivra',
    );
    expect(mostUsedBody(once)?.acronym).toBe('BIN');
  });
});

describe("a listing's heading over the first entry", () => {
  it('skips one plural word the page writes as a common noun', () => {
    const { name } = page(
      [
        'https://www.example.org/artisans',
        'Artisans',
        'Tissalba, Norlande',
        'Fondée par des artisans des vallées, Tissalba vend des tapis tissés main. Tissalba forme aussi de jeunes artisans au métier.',
      ].join('\n'),
    ).actor;
    expect(name).toBe('Tissalba');
  });

  it('skips a directory heading', () => {
    const { name } = page(
      [
        'Liste des maisons de quartier',
        'MAISON DU PONT VERT',
        'La MAISON DU PONT VERT accueille les habitants du quartier du Pont Vert depuis longtemps. La MAISON DU PONT VERT anime un jardin et une ludothèque pour les familles.',
      ].join('\n'),
    ).actor;
    expect(name).toBe('MAISON DU PONT VERT');
  });
});
