import { describe, expect, it } from 'vitest';
import { announcedList } from '../../src/import/counted-lists.js';
import { acronymSpelledBy, tableAt } from '../../src/import/same-shape-rows.js';
import { uptakenActor } from '../../src/import/uptaken-actor.js';

// Pages are untrusted: the readers added in session 19 must stay near-linear on hostile shapes.
describe('importer readers on hostile pages', () => {
  it('answers at once for a long capitals token beside many words (no exponential spelling)', () => {
    const words = Array.from({ length: 30 }, () => 'Aaaa');
    expect(acronymSpelledBy('A'.repeat(121), words.join(' '))).toBe(false);
    const line = `1 ${words.join(' ')} ${'A'.repeat(121)}`;
    expect(tableAt([line, line.replace(/^1/u, '2'), line.replace(/^1/u, '3')], 0)).toBeUndefined();
  });

  it('still spells an ordinary acronym', () => {
    expect(acronymSpelledBy('FNCC', 'Fédération Nationale des Coopératives de Consommation')).toBe(
      true,
    );
  });

  it('weighs a page of thousands of distinct sentence subjects and keeps its reading', () => {
    const prose = Array.from(
      { length: 4000 },
      (_, n) => `Body${n} Group works with partners, and it meets Body${n} Group again.`,
    ).join(' ');
    const reading = { name: 'Lone Title', acronym: null };
    expect(uptakenActor(reading, null, prose, 'https://example.org/about')).toBeNull();
  });

  it('reads no count out of a year: "2024 members" counts nothing', () => {
    const list = announcedList('In 2024 members: Alpha, Beta and Gamma joined.');
    expect(list?.names ?? []).not.toContain('24');
    expect(announcedList('2024 members: Alpha, Beta')).toBeUndefined();
  });
});
