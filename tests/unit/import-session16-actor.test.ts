// Session 16: the profiled actor's fields (founding year, resource counts, acronym) on invented pages (no page text copied).
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { parseResourceLine } from '../../src/import/parse.js';
import { page } from '../support/import-page.js';

const self = (name: string, acronym: string | null = null) => ({
  key: null,
  name,
  acronym,
  aliases: [],
});

describe('the founding year of the profiled actor', () => {
  it('reads "&" in its title and "and" in the prose as the same name', () => {
    expect(
      foundedYear(
        ['The Union of Growers of Ravel and Morn was established in March 1961. It serves farms.'],
        self('Union of Growers of Ravel & Morn'),
      ),
    ).toBe('1961');
  });

  it('reads an infobox line with no colon, "Founded 1931"', () => {
    expect(
      foundedYear(
        ['Consumer cooperative', 'Founded 1931', 'Headquarters Port Ardel'],
        self('Ardel Isles Co-operative Society'),
      ),
    ).toBe('1931');
  });

  it('leaves the year a lone name was founded in, pluperfect included ("Velora avait été créée en 2004")', () => {
    expect(
      foundedYear(
        [
          'La mutuelle Brisa Ouest va transférer son portefeuille à Velora. Velora avait été créée en 2004, après la fusion de deux caisses.',
        ],
        self('Groupe Alcena'),
      ),
    ).toBeNull();
  });

  it('still reads "The Centre was established in 1977" as the actor, a single word after an article', () => {
    expect(
      foundedYear(
        ['The Centre was established in 1977 by the regional unions to help co-operatives.'],
        self('Norland Co-operative Centre'),
      ),
    ).toBe('1977');
  });
});

describe('resource lines', () => {
  it('takes no postcode and town, nor a count of bodies in a place, as an open resource type', () => {
    expect(parseResourceLine('48210 Saint-Aubin-Verlac')).toBeUndefined();
    expect(parseResourceLine('2 caisses à Ouaribo')).toBeUndefined();
  });

  it('still takes a plain open type', () => {
    expect(parseResourceLine('3 podcasts')).toEqual({ type: 'podcasts', count: 3 });
  });
});

describe('the acronym of a first sentence', () => {
  it('takes no translation in brackets for an acronym', () => {
    const { acronym } = page(
      [
        'https://example.org/wiki/Settler_union',
        'Settler union (Latin: unio coloniae) is a term used in Norland for the federations of farming villages and their unions.',
        'The Settler union brings the village federations together, and the Settler union runs a school.',
      ].join('\n'),
    ).actor;
    expect(acronym).toBeNull();
  });
});

describe('the acronym of a title', () => {
  it("takes four initials the prose writes once as the name's acronym", () => {
    const { name, acronym } = page(
      [
        'Norland Isles Grocery Society',
        'The Norland Isles Grocery Society is a consumer co-operative with shops on both islands.',
        'Its largest shop, a NIGS supermarket, opened on the harbour front.',
      ].join('\n'),
    ).actor;
    expect({ name, acronym }).toEqual({ name: 'Norland Isles Grocery Society', acronym: 'NIGS' });
  });

  it('reads a title that writes an acronym in lowercase as the acronym the prose glosses', () => {
    const { name, acronym } = page(
      [
        'Ucrav',
        "L'Union Centrale des Ruchers Associés du Val (UCRAV) est une union de coopératives apicoles fondée en 1961.",
        "L'UCRAV regroupe aujourd'hui quarante ruchers du Val.",
      ].join('\n'),
    ).actor;
    // The leading article aside, as the evaluation compares names.
    expect({ name: name.replace(/^L'/u, ''), acronym }).toEqual({
      name: 'Union Centrale des Ruchers Associés du Val',
      acronym: 'UCRAV',
    });
  });
});

describe('a founding dated by the event it happened at', () => {
  it('reads "est née lors du … en 2001" as the actor\'s founding year', () => {
    expect(
      foundedYear(
        [
          'Notre association LES AMIS DU VAL (Union des vergers) est née lors de la grande fête des vergers sur le plateau (Ardel) en 2001.',
        ],
        self('Les Amis du Val'),
      ),
    ).toBe('2001');
  });
});

describe("a name in brackets after the first sentence's subject", () => {
  it('is no acronym when it is several words and none an acronym', () => {
    const { acronym } = page(
      [
        'Depuis 2001 …',
        'Notre association LES AMIS DU VAL (Union des vergers) est née lors de la grande fête des vergers sur le plateau en 2001.',
        'Les Amis du Val soutiennent les vergers du plateau, et les Amis du Val tiennent un marché chaque été.',
      ].join('\n'),
    ).actor;
    expect(acronym).toBeNull();
  });
});

describe('a kind word alone as the subject of a founding', () => {
  it('is another body when the actor is named by another kind', () => {
    expect(
      foundedYear(
        [
          'The Ardel Fruit Foundation licenses a label for fair fruit. The Foundation was established in 1994 by four charities.',
        ],
        self('Northern Fruit Traders Association', 'NFTA'),
      ),
    ).toBeNull();
  });

  it('is the actor when its name holds that kind', () => {
    expect(
      foundedYear(
        ['The Foundation was established in 1994 by four charities.'],
        self('Ardel Fruit Foundation'),
      ),
    ).toBe('1994');
  });
});
