// Session 18: list items whose name goes on in lowercase (inside a long list) and counted lists of bodies; invented pages.
import { describe, expect, it } from 'vitest';
import { countedList } from '../../src/import/counted-lists.js';
import { lowercaseTailName } from '../../src/import/lowercase-tail-name.js';
import { namedThing } from '../../src/import/names.js';
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
    expect(found).toContain('Pellow Basket Makers MEMBER_OF Orland Craft Federation');
    expect(found).not.toContain('Brightmoor weaving collective MEMBER_OF Orland Craft Federation');
  });
});

describe('a counted set of bodies, then their names', () => {
  const HOME = 'Harlow Savings Confederation (HSC)';
  const readHome = (...lines: string[]) => claims([HOME, '', ...lines].join('\n'));

  it('splits the list after a colon, without the countries that label its items', () => {
    expect(
      countedList(
        'La HSC est un regroupement fondé sur la solidarité de quatre fédérations nationales réparties dans trois pays : Niger : Fédération des caisses rurales du Niger (FCRN) ; Tchad : Réseau des caisses villageoises du Tchad',
      )?.names,
    ).toEqual([
      'Fédération des caisses rurales du Niger',
      'Réseau des caisses villageoises du Tchad',
    ]);
  });

  it('reads the members a possessive count names in brackets', () => {
    const found = readHome(
      'The HSC speaks for some 300 savings groups through its four federations (the Northern Thrift Federation, the Coastal Savings Union, the Upland Credit Federation and the Delta Mutual Union).',
    );
    expect(found).toContain('Northern Thrift Federation MEMBER_OF Harlow Savings Confederation');
    expect(found).toContain('Delta Mutual Union MEMBER_OF Harlow Savings Confederation');
  });

  it('reads the bullets under a sentence that counts them', () => {
    const found = readHome(
      'La HSC est un regroupement régional fondé sur la solidarité de quatre fédérations nationales réparties dans trois pays :',
      '-Niger : Fédération des caisses rurales du Niger (FCRN) ;',
      '– Tchad : Réseau des caisses villageoises du Tchad',
      '-Gabon : Union des mutuelles du Gabon ;',
    );
    expect(found).toContain(
      'Fédération des caisses rurales du Niger MEMBER_OF Harlow Savings Confederation',
    );
    expect(found).toContain('Union des mutuelles du Gabon MEMBER_OF Harlow Savings Confederation');
  });

  it('says nothing when the count names partners, another body is the subject, or no count is given', () => {
    expect(
      countedList('The HSC works with its three partner unions (A Union, B Union, C Union).'),
    ).toBeUndefined();
    expect(
      readHome(
        'The Brenmoor Group is made up of three federations (the Northern Thrift Federation, the Coastal Savings Union and the Upland Credit Federation).',
      ),
    ).not.toContain('Northern Thrift Federation MEMBER_OF Harlow Savings Confederation');
    expect(
      countedList('The HSC speaks through its federations (A Union, B Union).'),
    ).toBeUndefined();
  });
});

describe('a French name that goes on in lowercase, as a list item', () => {
  it('may be up to twelve words long in a list, nine in running text', () => {
    const long = 'Union des caisses mutuelles d’épargne et de crédit rural du Sahel';
    expect(namedThing(long, true)).toBe(long);
    expect(namedThing(long)).toBeUndefined();
  });
});
