// Session 35: whose founding a French plural participle dates, on invented text.
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';

const year = (text: string, name: string) =>
  foundedYear([text], { name, acronym: null, key: null, aliases: [] });

describe('a French plural participle dates plural bodies, not a singular actor', () => {
  it('leaves the founding of the bodies a plural participle agrees with', () => {
    expect(
      year(
        'Trois mutuelles du plateau, fondées en 1934, ont donné naissance au groupe Vallon. Le groupe Vallon est créé en 1990.',
        'Vallon',
      ),
    ).toBe('1990');
    expect(
      year(
        'La fédération des jardins partagés, nés en 1972, compte quarante lieux.',
        'Réseau Vert',
      ),
    ).toBeNull();
    expect(
      year('Les deux fromageries fondatrices ont été créées en 1926 et 1947.', 'Laiterie du Val'),
    ).toBeNull();
  });

  it('keeps a plural participle after a plural name, and the singular and English forms as they were', () => {
    expect(
      year('Les Ateliers du Lac, créés en 1985, emploient vingt personnes.', 'Les Ateliers du Lac'),
    ).toBe('1985');
    expect(year('Terres Unies, fondées en 2001, réunissent des fermes.', 'Terres Unies')).toBe(
      '2001',
    );
    expect(
      year('La Coopérative du Val, fondée en 1950, collecte du lait.', 'Coopérative du Val'),
    ).toBe('1950');
    expect(year('Harbour Trust was founded in 1950 by dockers.', 'Harbour Trust')).toBe('1950');
  });
});
