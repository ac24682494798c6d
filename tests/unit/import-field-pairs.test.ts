// Session 31 (helper acronyms): two fields joined by "and"/"et" are one remit inside one name, the
// French second field after its article ("… de l'Emploi et de la Formation"); a body after the
// conjunction is another item. Invented names only.
import { describe, expect, it } from 'vitest';
import { cutsFixedPhrase } from '../../src/import/fixed-phrases.js';
import { listItems } from '../../src/import/list-items.js';
import { isFieldOfActivity } from '../../src/import/not-a-name.js';

const phrases = (text: string) => listItems(text).map((item) => item.phrase);

describe('a pair of fields inside a name', () => {
  it.each([
    [
      "la Maison de l'Emploi et de la Formation du Val Doré et la Fondation Orvalle",
      ["la Maison de l'Emploi et de la Formation du Val Doré", 'la Fondation Orvalle'],
    ],
    [
      "le ministère de l'Environnement et du développement, la Région Sud",
      ["le ministère de l'Environnement et du développement", 'la Région Sud'],
    ],
    [
      'the Brackwater Centre for Health and Education and the Ostry Fund',
      ['the Brackwater Centre for Health and Education', 'the Ostry Fund'],
    ],
  ])('keeps "%s" whole', (text, items) => {
    expect(phrases(text)).toEqual(items);
  });

  it.each([
    ["l'appui de l'Orvalle et de la Région Sud", ["l'appui de l'Orvalle", 'de la Région Sud']],
    ['Education, Health and Northwind Trust', ['Education', 'Health', 'Northwind Trust']],
    ['the Orvalle Fund and the Brackwater Trust', ['the Orvalle Fund', 'the Brackwater Trust']],
  ])('still splits "%s" where a body follows the conjunction', (text, items) => {
    expect(phrases(text)).toEqual(items);
  });

  it('refuses either half of the pair as a name of its own', () => {
    const text = "avec la Maison de l'Emploi et de la Formation cette année";
    const at = (word: string) => text.indexOf(word);
    expect(cutsFixedPhrase(text, at('Maison'), at(' et '))).toBe(true);
    expect(cutsFixedPhrase(text, at('Formation'), at(' cette'))).toBe(true);
    expect(cutsFixedPhrase(text, at('Maison'), at(' cette'))).toBe(false);
  });
});

describe('the economy as a field', () => {
  it.each(['Social Economy', 'Économie sociale', 'Economy'])('"%s" names no body', (phrase) => {
    expect(isFieldOfActivity(phrase)).toBe(true);
  });
  it.each(['Social Economy Northwind', 'Orvalle Economy Trust'])('"%s" stays a name', (phrase) => {
    expect(isFieldOfActivity(phrase)).toBe(false);
  });
});
