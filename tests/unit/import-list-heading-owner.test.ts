// Session 32 (helper owner): a heading or lead-in naming another body announces that body's list, on invented pages.
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const ACTOR = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const read = (...lines: string[]) => claims([ACTOR, '', INTRO, '', ...lines].join('\n'));
const ITEMS = ['- Cooperative Arvel', '- Cooperative Brisane', '- Cooperative Calmor'];

describe('a list announced as another body’s is not given to the page’s actor', () => {
  it('leaves unread a list whose lead-in names another body, in English and French', () => {
    const english = read('Members of the Dorvane Farmers Federation:', ...ITEMS);
    expect(english.some((claim) => claim.includes('Arvel'))).toBe(false);
    const french = read('Membres de la Fédération Dorvane des Producteurs :', ...ITEMS);
    expect(french.some((claim) => claim.includes('Arvel'))).toBe(false);
  });

  it('still reads the actor’s own list: its acronym, a first person, a place', () => {
    for (const heading of [
      'VCN members:',
      'Our members in the Dorvane region:',
      'Nos membres en Bretagne :',
    ])
      expect(read(heading, ...ITEMS).some((claim) => claim.includes('Arvel'))).toBe(true);
  });
});
