// Session 26: where a body's name begins and ends, and where a list's items split (invented text).
import { describe, expect, it } from 'vitest';
import { cutsFixedPhrase } from '../../src/import/fixed-phrases.js';
import { isHalfOfJoinedName } from '../../src/import/joined-name.js';
import { listItems } from '../../src/import/list-items.js';
import { isPlace, namedThing } from '../../src/import/names.js';
import { isKnownPlace } from '../../src/import/place-lists.js';

const phrases = (segment: string) => listItems(segment).map((item) => item.phrase);

describe('a fixed phrase with "and"/"et" inside a name', () => {
  it('keeps a département written without hyphens and the sector’s name whole (French)', () => {
    expect(
      phrases('le Département de Meurthe et Moselle, Kelp Active Lorraine et la Maison Brine'),
    ).toEqual(['le Département de Meurthe et Moselle', 'Kelp Active Lorraine', 'la Maison Brine']);
    expect(
      phrases('la Chambre Régionale de l’Economie Sociale et Solidaire Kelp et le Réseau Brine'),
    ).toEqual(['la Chambre Régionale de l’Economie Sociale et Solidaire Kelp', 'le Réseau Brine']);
    expect(
      phrases(
        'le Centre de Recherche et Développement Kelp et la Chambre de Commerce et d’Industrie de Brine',
      ),
    ).toEqual([
      'le Centre de Recherche et Développement Kelp',
      'la Chambre de Commerce et d’Industrie de Brine',
    ]);
  });

  it('keeps "Trade and Industry" and "Research and Development" whole (English)', () => {
    expect(
      phrases(
        'the Kelp Chamber of Commerce and Industry, the Brine Institute for Research and Development and Oxkelp',
      ),
    ).toEqual([
      'the Kelp Chamber of Commerce and Industry',
      'the Brine Institute for Research and Development',
      'Oxkelp',
    ]);
  });

  it('still splits a true list of two bodies', () => {
    expect(phrases('Kelpfam et Brinemaüs')).toEqual(['Kelpfam', 'Brinemaüs']);
    expect(phrases('the Ministry of Trade and the Chamber of Commerce')).toEqual([
      'the Ministry of Trade',
      'the Chamber of Commerce',
    ]);
    expect(phrases('la Région Meurthe et la Ville de Moselle')).toEqual([
      'la Région Meurthe',
      'la Ville de Moselle',
    ]);
  });

  it('refuses a name that holds one side of the phrase only', () => {
    const evidence = 'Avec le Département de Meurthe et Moselle, Kelp Active a ouvert un atelier.';
    expect(isHalfOfJoinedName('Département de Meurthe', evidence)).toBe(true);
    expect(isHalfOfJoinedName('Moselle', evidence)).toBe(true);
    const english = 'The Centre for Social and Solidarity Economy joined Brine Mutual.';
    expect(cutsFixedPhrase(english, english.indexOf('Centre'), english.indexOf(' and'))).toBe(true);
    expect(isHalfOfJoinedName('Brine Mutual', english)).toBe(false);
    expect(
      isHalfOfJoinedName('Kelpfam', 'Avec Kelpfam et Moselle Solidaire, la coopérative …'),
    ).toBe(false);
  });
});

describe('a French ministry’s remits after commas', () => {
  it('are one name, its acronym kept', () => {
    const [ministry, ...rest] = listItems(
      "le ministère de l'Economie, de la Planification et de l'Aménagement du territoire (Minkelp), la Kelp Alliance",
    );
    expect(ministry?.phrase).toBe(
      "le ministère de l'Economie, de la Planification et de l'Aménagement du territoire",
    );
    expect(ministry?.acronym).toBe('Minkelp');
    expect(rest.map((item) => item.phrase)).toEqual(['la Kelp Alliance']);
  });

  it('end where the next body begins', () => {
    expect(phrases("le ministère de l'Economie, Kelpfam et la Brine Alliance")).toEqual([
      "le ministère de l'Economie",
      'Kelpfam',
      'la Brine Alliance',
    ]);
  });
});

describe('a company named after two trades', () => {
  it('keeps "… Association and Marketing Ltd" whole, splits two companies', () => {
    expect(phrases('The Kelp Growers Association and Marketing Ltd, Brine Credit Union')).toEqual([
      'The Kelp Growers Association and Marketing Ltd',
      'Brine Credit Union',
    ]);
    expect(phrases('Kelp Traders Ltd and Brine Holdings Ltd')).toEqual([
      'Kelp Traders Ltd',
      'Brine Holdings Ltd',
    ]);
  });
});

describe('a parenthesis after an acronym', () => {
  it('that spells it out is the acronym’s gloss, no list of bodies', () => {
    expect(
      phrases(
        "la Kelp Alliance et l’ESAT (Établissement et Service d'Aide par le Travail) de Brine",
      ),
    ).toEqual(['la Kelp Alliance', 'l’ESAT de Brine']);
  });

  it('that does not spell it is read as before', () => {
    expect(phrases('regional networks (Kelpfam, Brinemaüs)')).toEqual(['Kelpfam', 'Brinemaüs']);
  });
});

describe('a French name that goes on after "au" / "à la" with its remit', () => {
  it('keeps the remit, stops before a place', () => {
    expect(namedThing("l'Agence Kelpienne pour la Coopération au Développement")).toBe(
      'Agence Kelpienne pour la Coopération au Développement',
    );
    expect(namedThing("la Délégation Brine à l'Economie Sociale")).toBe(
      "Délégation Brine à l'Economie Sociale",
    );
    expect(namedThing('la Fondation Kelp au Sénégal')).toBe('Fondation Kelp');
  });
});

describe('two places joined by a slash', () => {
  it('are one place; a body beside a place is not', () => {
    expect(isKnownPlace('Australia/New Zealand')).toBe(true);
    expect(isKnownPlace('Kelpfam/Brinemaüs')).toBe(false);
  });
});

describe('a French département written without hyphens', () => {
  it('is a place, as its hyphenated form is', () => {
    expect(isPlace('Saône et Loire')).toBe(true);
    expect(isPlace('Saône-et-Loire')).toBe(true);
    expect(isPlace('Département de Saône et Loire')).toBe(false);
  });
});

describe('a list of départements', () => {
  it('knows the pair written with "et" as one known place', () => {
    expect(isKnownPlace('Saône et Loire')).toBe(true);
    expect(isKnownPlace('Saône et Kelpville')).toBe(false);
  });
});

describe('a place pair in a list', () => {
  it('stays two places alone, one place after a body’s head', () => {
    expect(phrases('Kelpville, Saône et Loire, Yonne')).toEqual([
      'Kelpville',
      'Saône',
      'Loire',
      'Yonne',
    ]);
    expect(phrases('le Conseil départemental de Saône et Loire et Kelpfam')).toEqual([
      'le Conseil départemental de Saône et Loire',
      'Kelpfam',
    ]);
  });
});
