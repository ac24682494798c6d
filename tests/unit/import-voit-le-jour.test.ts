// Session 36: "voit le jour" (present) and "vit le jour" (past historic) date a founding as "a vu
// le jour" does, on invented text with a trap.
import { describe, expect, it } from 'vitest';
import { foundedYear } from '../../src/import/extract.js';

const year = (text: string, name: string) =>
  foundedYear([text], { name, acronym: null, key: null, aliases: [] });

describe('"voit le jour" dates the actor as "a vu le jour" does', () => {
  it('reads the present and the past historic, with a year or a full date', () => {
    expect(year('La coopérative Brunelle voit le jour en 2012.', 'Brunelle')).toBe('2012');
    expect(year('Le réseau Lumen vit le jour en 1983 à Lille.', 'Lumen')).toBe('1983');
    expect(
      year('La Caisse des Tisserands voit le jour le 3 mars 1964.', 'Caisse des Tisserands'),
    ).toBe('1964');
  });

  it('leaves a year dating another body’s birth (trap)', () => {
    expect(
      year(
        'Brunelle soutient les épiceries. La coopérative Lumen Verte voit le jour en 2015.',
        'Brunelle',
      ),
    ).toBeNull();
    expect(year('Brunelle a été fondée en 1990. Le marché voit le jour en 2015.', 'Brunelle')).toBe(
      '1990',
    );
  });
});
