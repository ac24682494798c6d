// Session 18: list items whose name goes on in lowercase, read only inside a long list of bodies; invented pages.
import { describe, expect, it } from 'vitest';
import { lowercaseTailName } from '../../src/import/name-shapes.js';
import { claims } from '../support/import-page.js';

const ACTOR = 'Orland Craft Federation (OCF)';
const read = (...lines: string[]) => claims([ACTOR, '', ...lines].join('\n'));

describe('a capitalised word and lowercase words as one name', () => {
  it('takes the whole item', () => {
    expect(lowercaseTailName('Brightmoor weaving collective')).toBe(
      'Brightmoor weaving collective',
    );
    expect(lowercaseTailName('ZED trading')).toBe('ZED trading');
  });

  it('refuses a clause, a function word, an elision, a kind of people and a long phrase', () => {
    expect(lowercaseTailName('Tarvik helped farmers')).toBeUndefined();
    expect(lowercaseTailName('Tarvik is also working')).toBeUndefined();
    expect(lowercaseTailName('Tarvik and others')).toBeUndefined();
    expect(lowercaseTailName("Entreprises d'insertion locales")).toBeUndefined();
    expect(lowercaseTailName('Local individuals')).toBeUndefined();
    expect(lowercaseTailName('Tarvik members')).toBeUndefined();
    expect(lowercaseTailName('Tarvik wood carving and weaving')).toBeUndefined();
    expect(lowercaseTailName('Tarvik')).toBeUndefined();
  });
});

describe('in a long list of bodies', () => {
  const MEMBERS = [
    'The OCF brings together craft groups of the Orland hills. Its members include:',
    '  • Pellow Basket Makers Ltd',
    '  • Harrin Pottery Works',
    '  • Sorrel Loom Cooperative',
    '  • Vasco Clay Union',
    '  • Brightmoor weaving collective',
    '  • ZED trading',
    '',
    'The federation was set up in 2004.',
  ];

  it('reads an item that goes on in lowercase, and the whole item rather than its acronym', () => {
    const found = read(...MEMBERS);
    expect(found).toContain('Brightmoor weaving collective MEMBER_OF Orland Craft Federation');
    expect(found).toContain('ZED trading MEMBER_OF Orland Craft Federation');
    expect(found).not.toContain('ZED MEMBER_OF Orland Craft Federation');
  });

  it('does not read it in a short list', () => {
    const found = read(
      'The OCF brings together craft groups. Its members include Pellow Basket Makers Ltd, Harrin Pottery Works and Brightmoor weaving collective.',
    );
    expect(found).toContain('Pellow Basket Makers Ltd MEMBER_OF Orland Craft Federation');
    expect(found).not.toContain('Brightmoor weaving collective MEMBER_OF Orland Craft Federation');
  });
});
