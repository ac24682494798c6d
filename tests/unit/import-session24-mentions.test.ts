import { describe, expect, it } from 'vitest';
import { isCamelCaseName } from '../../src/import/camel-case-name.js';
import { Extractor, extractRelations } from '../../src/import/extract.js';
import { Matcher } from '../../src/import/match.js';
import { namedThing } from '../../src/import/names.js';

// Invented bodies and sentences: what the name finder sees, and what the readers then propose.
const self = { name: 'Kelp Works', acronym: null, key: null };
const seen = (sentence: string) =>
  new Extractor(new Matcher([]), self, null)
    .selfAndOthersIn(sentence)
    .others.map((end) => end.name);
const read = (sentence: string, language: 'en' | 'fr') =>
  extractRelations([sentence], language, self, new Matcher([])).relations.map(
    (relation) => `${relation.from.name} ${relation.type} ${relation.to.name}`,
  );

describe('a name joined inside by "of the", "de la", "de l’"', () => {
  it('is seen whole in English and French', () => {
    expect(seen('It reports to the Presidency of the Harbour Council, since 2001.')).toEqual([
      'Presidency of the Harbour Council',
    ]);
    expect(seen('Elle dépend de l’Office du Développement de la Pêche (ODP).')).toEqual([
      'Office du Développement de la Pêche',
      'ODP',
    ]);
    expect(seen('sous la tutelle du Ministère de l’Artisanat et des Ressources Marines')).toEqual([
      'Ministère de l’Artisanat',
      'Ressources Marines',
    ]);
  });

  it('reads the whole name where only a sentence-wide reader sees the bodies', () => {
    expect(
      read(
        'With the support of the Bank of the North Sea Fishers, Kelp Works opened a workshop.',
        'en',
      ),
    ).toEqual([]);
    expect(
      seen('With the support of the Bank of the North Sea Fishers, Kelp Works opened'),
    ).toEqual(['Bank of the North Sea Fishers']);
  });

  it('keeps the traps apart: a role, a person, a month, a title', () => {
    // A body's people or organ before "of the" is not part of its name.
    expect(seen('Members of the Brine Trust met in Kelso.')).toEqual(['Brine Trust']);
    expect(seen('Le Président de la Caisse Varech a parlé.')).toEqual(['Caisse Varech']);
    expect(seen('Friends of the Harbour and Board Games Ltd')).toEqual([
      'Friends of the Harbour',
      'Board Games Ltd',
    ]);
    expect(seen('Jean-Luc de La Salle a rencontré la Caisse Varech.')).toEqual(['Caisse Varech']);
    expect(seen('La Caisse Varech a ouvert une agence en Juin de la même année.')).toEqual([
      'Caisse Varech',
    ]);
    expect(seen('The Chief Executive of the Brine Trust spoke.')).toEqual(['Brine Trust']);
    expect(seen('It opened in June of the same year.')).toEqual([]);
  });
});

describe('initials with stops opening a name', () => {
  it('belong to the name', () => {
    expect(seen('It joined the B.C. Kelp Association (BCKA) in 1990.')).toEqual([
      'B.C. Kelp Association',
      'BCKA',
    ]);
    expect(seen('funded by the U.S. Department of Fisheries')).toEqual([
      'U.S. Department of Fisheries',
    ]);
  });

  it('are no name before a new sentence left unsplit', () => {
    expect(seen('It moved to the U.S. The Brine Trust followed.')).not.toContain(
      'U.S. The Brine Trust',
    );
  });
});

describe('a camel-case word', () => {
  it('names a body in running text, in English and French', () => {
    expect(seen('It works with HarbourPartners, KelpNet and BrineCentral.')).toEqual([
      'HarbourPartners',
      'KelpNet',
      'BrineCentral',
    ]);
    expect(read('Kelp Works is a member of HarbourPartners.', 'en')).toEqual([
      'Kelp Works MEMBER_OF HarbourPartners',
    ]);
    expect(read('Kelp Works est membre de CoopVarech depuis 2004.', 'fr')).toEqual([
      'Kelp Works MEMBER_OF CoopVarech',
    ]);
    expect(namedThing('le ConcertVarech')).toBe('ConcertVarech');
  });

  it('is neither a surname, a product, a plain word nor an acronym', () => {
    for (const word of [
      'McKenzie',
      'MacArthur',
      'DuPont',
      'LinkedIn',
      'YouTube',
      'Harbour',
      'KELP',
    ])
      expect(isCamelCaseName(word)).toBe(false);
    expect(seen('Follow us on LinkedIn and YouTube.')).toEqual([]);
    expect(seen('Jane McKenzie and Tom MacArthur met.')).toEqual([]);
    expect(read('Kelp Works is on LinkedIn.', 'en')).toEqual([]);
  });
});
