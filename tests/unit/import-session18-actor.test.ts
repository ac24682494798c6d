// Session 18: the profiled actor on invented pages (no page text copied): headlines, skip links, datelines.
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';
import { headlineBody } from '../../src/import/headline-body.js';
import { expansionOf } from '../../src/import/page-actor.js';
import { parseProfile } from '../../src/import/parse.js';
import { opensWith } from '../../src/import/url-actor.js';
import { page } from '../support/import-page.js';

const parse = (text: string) => parseProfile(new TextEncoder().encode(text), 'page.txt');

describe('a headline over the prose', () => {
  const prose = [
    'Hier, le Conseil lacustre a réuni ses membres à Brévanne.',
    'Selon le Conseil lacustre, la pêche douce progresse chaque année dans les vallées.',
  ].join('\n');

  it('is about the body it names, which the prose writes inside its sentences', () => {
    expect(headlineBody('Le Conseil lacustre ouvre trois nouvelles antennes', prose)).toBe(
      'Conseil lacustre',
    );
  });

  it('is no headline when the prose writes the whole line', () => {
    const named = `${prose}\nNous saluons Conseil lacustre ouvre trois nouvelles antennes ici.`;
    expect(headlineBody('Conseil lacustre ouvre trois nouvelles antennes', named)).toBeNull();
  });

  it('keeps a name whose other words are not two lowercase words left out', () => {
    expect(headlineBody('Conseil lacustre des Vallées', prose)).toBeNull();
  });

  it('never takes a sentence opening word for a name', () => {
    const text = 'Quatre ports ferment. Quatre bateaux restent. Les pêcheurs votent.';
    expect(headlineBody('Quatre ports ferment leurs quais cet hiver', text)).toBeNull();
  });

  it('takes the kind word the prose writes before the name twice', () => {
    const text =
      'Depuis dix ans, la Fondation Ormelune soutient les vergers. Le conseil de la Fondation Ormelune se réunit en mai.';
    expect(headlineBody('Ormelune fête ses dix ans de vergers', text)).toBe('Fondation Ormelune');
  });

  it('names the page actor in a parsed page', () => {
    const parsed = parse(
      [
        'Le Réseau des Meuniers Libres lance une grande collecte de grains',
        '',
        'Cette semaine, le Réseau des Meuniers Libres a ouvert sa collecte annuelle auprès des moulins du plateau.',
        'Les dons reçus par le Réseau des Meuniers Libres iront aux moulins les plus petits, qui manquent de meules.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Réseau des Meuniers Libres');
  });
});

describe('lines a saved page opens with', () => {
  const body = [
    'Le Cercle des Tisserands du Nord est une association de tisserands fondée pour transmettre le métier.',
    'Le Cercle des Tisserands du Nord anime des ateliers dans les villages.',
  ].join('\n');

  it('skips a skip link', () => {
    expect(parse(`Jump to content\nCercle des Tisserands du Nord\n${body}`).name).toBe(
      'Cercle des Tisserands du Nord',
    );
    expect(parse(`Aller au contenu principal\nCercle des Tisserands du Nord\n${body}`).name).toBe(
      'Cercle des Tisserands du Nord',
    );
  });

  it("drops a wiki's namespace before the name", () => {
    expect(parse(`Draft:Cercle des Tisserands du Nord\n${body}`).name).toBe(
      'Cercle des Tisserands du Nord',
    );
  });

  it('drops a dateline with a month only and a "zoom sur" heading word', () => {
    expect(parse(`date 2023-05 Zoom sur le Cercle des Tisserands du Nord\n${body}`).name).toBe(
      'Cercle des Tisserands du Nord',
    );
  });
});

describe('review leftovers', () => {
  it('reads the first sentence below a heading in capitals, whatever text the caller passes', () => {
    const text = [
      'LES NOUVELLES DU RÉSEAU DES VERGERS DU HAUT PAYS CE MOIS-CI',
      'Le Réseau des Vergers (RDV) a planté cent pommiers avec ses membres des trois vallées.',
    ].join('\n');
    expect(opensWith(text, { name: 'Réseau des Vergers', acronym: 'RDV' })).toBe(true);
  });

  it('reads lowercase words in brackets as no acronym, in a title and in a first sentence', () => {
    const sentence =
      'Le Cercle Ormelune (collectif) réunit les vergers du plateau depuis longtemps, avec ses membres.';
    expect(parse(`Cercle Ormelune (association)\n${sentence}`).acronym).toBeNull();
    expect(parse(`${sentence}\nLe Cercle Ormelune plante encore.`).acronym).toBeNull();
    expect(parse(`Cercle Ormelune (CO)\n${sentence}`).acronym).toBe('CO');
  });
});

describe('a founding year with a place between', () => {
  const self = (name: string) => ({ key: null, name, acronym: null, aliases: [] });

  it('reads "a vu le jour dans le canton de X en YYYY"', () => {
    const text = [
      'Le Cercle Ormelune a vu le jour dans le canton de Brévanne en 2007 grâce aux vergers.',
    ];
    expect(foundedYear(text, self('Cercle Ormelune'))).toBe('2007');
  });

  it('reads "founded in the town of X in YYYY"', () => {
    const text = ['The Lakeshore Growers Network was founded in the town of Wendmere in 1994.'];
    expect(foundedYear(text, self('Lakeshore Growers Network'))).toBe('1994');
  });

  it("still takes no other body's year", () => {
    const text = ['The Wendmere Dairy Union was founded in the town of Wendmere in 1994.'];
    expect(foundedYear(text, self('Lakeshore Growers Network'))).toBeNull();
  });
});

describe('an acronym spelled by the capitals of a name in another language', () => {
  it('leaves a lowercase word out of the initials', () => {
    const prose =
      'Founded long ago, Tejedores Unidos como Hermanas (TUH) is a weavers body of the valleys.';
    expect(expansionOf('TUH', prose)).toBe('Tejedores Unidos como Hermanas');
  });

  it('still spells an acronym with its lowercase words when they count', () => {
    expect(expansionOf('CP', 'La Confédération paysanne (CP) réunit des fermes.')).toBe(
      'Confédération paysanne',
    );
  });
});

describe('an acronym that is the name again', () => {
  it('is no acronym, whatever its case', () => {
    const result = page(
      [
        'Ormelune (ORMELUNE)',
        'Ormelune est une association qui prête aux vergers; Ormelune prête depuis longtemps et garde ses membres.',
      ].join('\n'),
    );
    expect(result.actor.name).toBe('Ormelune');
    expect(result.actor.acronym).toBeNull();
  });
});

describe('a title that says who heads a body', () => {
  it('is about the body its acronym spells, not the person it defines', () => {
    const parsed = parse(
      [
        'Jana Velkoff is the new chair of the Northern Lakes Weavers Network (NOLAWEN)',
        '',
        'Jana Velkoff, a weaver from the lakes, takes over the chair of the Northern Lakes Weavers Network (NOLAWEN), which gathers forty workshops.',
      ].join('\n'),
    );
    expect(parsed.name).toBe('Northern Lakes Weavers Network');
    expect(parsed.acronym).toBe('NOLAWEN');
  });
});
