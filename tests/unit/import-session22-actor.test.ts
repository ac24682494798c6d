// Session 22: whose page it is when its first line is a headline's piece, and a founding told as
// a story, on invented pages.
import { describe, expect, it } from 'vitest';
import { fullNameOf } from '../../src/import/actor-gloss.js';
import { isClauseFragment } from '../../src/import/clause-fragment.js';
import { ownFoundingYear } from '../../src/import/founding-year.js';
import { urlActor } from '../../src/import/url-actor.js';
import { parse } from '../support/import-page.js';

describe('a clause’s piece is no body’s name', () => {
  it('refuses a count, an article, a preposition, a pronoun and its verb, an imperative', () => {
    for (const piece of [
      'Ten US',
      'Five Canadian',
      '4 Is',
      '5th Regional Meeting on Fair Trade',
      'Trois coopératives',
      'A Brief',
      'Un nouveau fonds de 5 M$ créé par la Caisse des Vallons',
      'In Tonga',
      'Pour les producteurs',
      'C’est',
      'It’s time',
      'Découvrez les 3 lauréats',
      'Rejoignez-nous',
      'Harbour Weekly Special Report: Marsh Dairy Board brews a plan',
    ])
      expect(isClauseFragment(piece), piece).toBe(true);
  });

  it('keeps bodies named by proper nouns, a surname in -ez and "Chez"', () => {
    for (const name of [
      'Chez Nous Solidaires',
      'Martinez Housing Trust',
      'Marsh Valley Credit Foundation',
      'Union des coopératives du Nord',
      'Coopérative de solidarité Orme',
      'Ateliers Sans Frontières',
      'ACT',
      'First Nations Housing Trust',
    ])
      expect(isClauseFragment(name), name).toBe(false);
  });

  it('lets the bodies the page names choose its actor instead', () => {
    const parsed = parse(
      [
        'Ten Harbour organisations receive funding for their work',
        'The Harbour Savings Federation (HSF) granted $2m over three years to ten member lenders.',
        'The Harbour Savings Federation (HSF) said the grants would reach rural lenders first.',
        'HSF was set up by the lenders of the coast.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Harbour Savings Federation');
    expect(parsed.acronym).toBe('HSF');
  });
});

describe('an about page’s section heading', () => {
  it('names its body after "of" or "de"', () => {
    const english = parse(
      [
        'Objectives and Activities of HARBOUR-COOP',
        'HARBOUR-COOP works for the coast’s fishing co-operatives and speaks for their members.',
      ].join('\n'),
    );
    expect(english.name).toBe('HARBOUR-COOP');
    const french = parse(
      [
        'Missions de la Fédération des Vergers',
        'La Fédération des Vergers réunit les vergers conservatoires de la région.',
      ].join('\n'),
    );
    expect(french.name).toBe('Fédération des Vergers');
  });

  it('leaves a body named "Mission …" whole', () => {
    const parsed = parse(
      [
        'Mission Locale Vallée Verte',
        'La Mission Locale Vallée Verte accompagne les jeunes de la vallée.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Mission Locale Vallée Verte');
  });
});

describe('an acronym glossed with a name in another language', () => {
  it('takes the gloss in brackets when it names a kind of body', () => {
    expect(
      fullNameOf(
        'KO-RENGO',
        'KO-RENGO (National Federation of Fishery Co-operatives) speaks for the fishers.',
      ),
    ).toBe('National Federation of Fishery Co-operatives');
  });

  it('does not take a place or a year in brackets', () => {
    expect(fullNameOf('KO-RENGO', 'KO-RENGO (Harbourtown) speaks for the fishers.')).toBeNull();
  });
});

describe('a host that spells its body’s whole name', () => {
  it('names the page’s body even when the page writes it once', () => {
    const text = [
      'Les mutuelles de santé',
      "L'objectif de Vallée Verte Solidarité est d'aider les mutuelles à durer. Les mutuelles de la région le savent.",
    ].join('\n');
    expect(urlActor('https://www.valleevertesolidarite.fr/missions/sante', text)).toEqual({
      name: 'Vallée Verte Solidarité',
      acronym: null,
      via: 'host',
    });
  });

  it('still wants a one-word site name twice', () => {
    const text =
      'La mutuelle Orme a reçu le soutien de Vallons. Les mutuelles remercient la région.';
    expect(urlActor('https://www.vallons.fr/actus', text)).toBeNull();
  });
});

describe('a founding year in the wordings of a story', () => {
  it('reads a birth whose subject follows the date', () => {
    const text = [
      'Vergers du Lac',
      'Le 12 mars 1994 naissait Vergers du Lac, de la fusion de quatre coopératives fruitières.',
      'Vergers du Lac vend aujourd’hui les fruits de ses membres.',
    ].join('\n');
    expect(ownFoundingYear(parse(text).paragraphs, ['Vergers du Lac'])).toBe('1994');
  });

  it('reads a story that began in a year', () => {
    const french = [
      'L’histoire de Vents Solidaires a commencé en 2006, avec une première éolienne.',
    ];
    expect(ownFoundingYear(french, ['Vents Solidaires'])).toBe('2006');
    const english = ['The story of Harbour Wind began in 2011 with one turbine on the pier.'];
    expect(ownFoundingYear(english, ['Harbour Wind'])).toBe('2011');
  });

  it('does not take another body’s birth or story', () => {
    const text = [
      'Le 12 mars 1994 naissait Fruits du Sud, un partenaire de Vergers du Lac.',
      'L’histoire de la région a commencé en 1850.',
    ];
    expect(ownFoundingYear(text, ['Vergers du Lac'])).toBeNull();
  });
});
