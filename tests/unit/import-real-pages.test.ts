// What round 4's real pages taught the importer: headlines, counts, homonyms abroad, branches by initials.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/import/extract.js';
import { Matcher } from '../../src/import/match.js';
import { parseProfile } from '../../src/import/parse.js';
import { graphNode as node } from '../support/import-page.js';

const matcher = new Matcher([
  node('terre-de-liens', 'Terre de Liens'),
  node('terre-de-liens-languedoc-roussillon', 'Terre de Liens Languedoc-Roussillon'),
  node('terre-de-liens-midi-pyrenees', 'Terre de Liens Midi-Pyrénées'),
  node('nena', 'New Economy Network Australia', 'NENA'),
]);
const self = { name: 'Collectif Imaginaire', acronym: null, key: null };
const bytes = (text: string) => new TextEncoder().encode(text);

function found(text: string, language: 'en' | 'fr') {
  return extractRelations([text], language, self, matcher).relations.map((relation) => [
    relation.from.match ?? relation.from.name,
    relation.type,
    relation.to.match ?? relation.to.name,
  ]);
}

describe('real pages', () => {
  it('reads a first line ending in "!" as a headline, and takes the actor from the prose', () => {
    const profile = parseProfile(
      bytes(
        'U.S. Worker Co-ops Unite!\n\nAt their founding convention, the United States Federation of Worker Cooperatives set goals.\n',
      ),
    );
    expect(profile.name).toBe('United States Federation of Worker Cooperatives');
    expect(profile.paragraphs.join(' ')).not.toContain('Unite!');
  });

  it('never reads a count before the list as a member ("regroupe 11 membres :")', () => {
    const relations = found(
      'Le collectif regroupe 11 membres : Accueil Paysan Occitanie, Terre de Liens LR et Terre de Liens MP.',
      'fr',
    );
    expect(relations.map((relation) => relation[0])).not.toContain('11');
  });

  it('ties a branch written with the initials of its region to its node', () => {
    expect(matcher.matchPhrase('Terre de Liens LR')?.key).toBe(
      'terre-de-liens-languedoc-roussillon',
    );
    expect(matcher.matchPhrase('Terre de Liens MP')?.key).toBe('terre-de-liens-midi-pyrenees');
    expect(matcher.matchPhrase('Terre de Liens XY')?.how).not.toBe('initials');
  });

  it('never matches a name to a homonym that only adds a country ("… Australia")', () => {
    expect(matcher.matchPhrase('New Economy Network')).toBeUndefined();
  });

  it('reads "created a community … by establishing" as active, not as a founder list', () => {
    const relations = found(
      'It created a community of interest by establishing a Social Enterprise Journal.',
      'en',
    );
    expect(relations.filter((relation) => relation[2] === 'Collectif Imaginaire')).toEqual([]);
  });

  it('reads "à l\'initiative de X" after a reflexive creation as X initiating the actor', () => {
    expect(
      found(
        "Le collectif a commencé à se constituer en 2012, à l'initiative de la Fédération Régionale Alpha.",
        'fr',
      ),
    ).toEqual([['Fédération Régionale Alpha', 'INITIATED', 'Collectif Imaginaire']]);
  });
});

describe('person names (compromise)', () => {
  it('never proposes a person as a founder, but keeps bodies named after people or countries', () => {
    const relations = found('The network was created by Sarah Stranahan in 2009.', 'en');
    expect(relations).toEqual([]);
    expect(
      found('Its members include Max Havelaar Suisse and the Schumacher Society.', 'en').map(
        (relation) => relation[0],
      ),
    ).toEqual(['Max Havelaar Suisse', 'Schumacher Society']);
  });
});

describe('first lines of saved pages', () => {
  it('finds the actor in a date-led first sentence after a headline', () => {
    expect(
      parseProfile(
        bytes(
          'Unite!\n\nIn late May, the United States Federation of Worker Cooperatives set goals.\n',
        ),
      ).name,
    ).toBe('United States Federation of Worker Cooperatives');
  });
});
