// Session 35: acquisitions read as parts of the actor — a kind noun before the name, "purchased",
// the acquisition named by a noun, a town after the name; on invented text only.
import { describe, expect, it } from 'vitest';
import { afterKindApposition } from '../../src/import/kind-apposition.js';
import { withoutTownAfterName } from '../../src/import/town-after-name.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Dairy Co-operative';
/** The invented page: the actor's title line, a line about it, then the sentence under test. */
const read = (sentence: string) =>
  claims(`${T}\n\n${T} is a farmer-owned dairy co-operative.\n\n${sentence}`);

describe('a kind noun set before the name', () => {
  it('leaves out an article, describing words and a singular kind noun before a capital', () => {
    expect(afterKindApposition('the regional cheese maker Pier Creamery.')).toBe('Pier Creamery.');
    expect(afterKindApposition('la société Delta Laits en 2004')).toBe('Delta Laits en 2004');
    expect(afterKindApposition('dairy company Moss Foods of Ardley')).toBe('Moss Foods of Ardley');
  });

  it('leaves a name alone, and a kind noun followed by "of" or by lowercase words', () => {
    expect(afterKindApposition('Pier Creamery Company in 2004')).toBeUndefined();
    expect(afterKindApposition('the dairy business of Moss Foods')).toBeUndefined();
    expect(afterKindApposition('the company accounts for 2004')).toBeUndefined();
  });

  it('reads the name after it as the acquired body, in English and French', () => {
    expect(
      read(
        'In 1993, Tidewater Dairy Co-operative acquired the regional cheese maker Pier Creamery.',
      ),
    ).toEqual(['Pier Creamery PART_OF Tidewater Dairy Co-operative']);
    expect(read('En 1998, Tidewater Dairy Co-operative a racheté la société Delta Laits.')).toEqual(
      ['Delta Laits PART_OF Tidewater Dairy Co-operative'],
    );
  });
});

describe('acquisitions by a verb and by a noun', () => {
  it('reads "purchased" as "acquired"', () => {
    expect(read('In 1997, the co-operative purchased Coastline Bakers.')).toEqual([
      'Coastline Bakers PART_OF Tidewater Dairy Co-operative',
    ]);
  });

  it('gives an acquisition named by a noun, with no owner written, to the actor', () => {
    expect(
      read('With the purchase of the Orchard Juice Company in 2004, it entered a new market.'),
    ).toEqual(['Orchard Juice Company PART_OF Tidewater Dairy Co-operative']);
    expect(read('2001 : rachat de Fromagerie Dupuis.')).toEqual([
      'Fromagerie Dupuis PART_OF Tidewater Dairy Co-operative',
    ]);
    expect(read("Avec l'acquisition de Semences Morel en 1990, la coopérative grandit.")).toEqual([
      'Semences Morel PART_OF Tidewater Dairy Co-operative',
    ]);
  });

  it('does not give the actor an acquisition another body made, or one of several names', () => {
    expect(
      read('The acquisition of Blue Fields Farms by Coastal Foods Group ended the contract.'),
    ).toEqual([]);
    expect(
      read("Coastal Foods Group's acquisition of Blue Fields Farms ended the contract."),
    ).toEqual([]);
    expect(
      read('The year 1990 saw our acquisition of the Green Hill Jam and Honey Company.'),
    ).toEqual([]);
  });

  it('proposes nothing for things bought', () => {
    expect(read('The purchase of new trucks in 2004 cut its costs.')).toEqual([]);
    expect(read("L'achat de matériel agricole a été financé en 2005.")).toEqual([]);
  });
});

describe('a town and its region after the name', () => {
  it('is left out of a name that ends on no kind noun', () => {
    expect(withoutTownAfterName('Moss Foods of Ardley, Vermont in 1976.')).toBe(
      'Moss Foods in 1976.',
    );
    expect(
      read('In 1976, Tidewater Dairy Co-operative purchased Stone Ridge Mills of Carver, Vermont.'),
    ).toEqual(['Stone Ridge Mills PART_OF Tidewater Dairy Co-operative']);
  });

  it('stays in a name whose kind noun comes before "of"', () => {
    expect(withoutTownAfterName('National Bank of Ruritania, Capital City.')).toBe(
      'National Bank of Ruritania, Capital City.',
    );
    expect(withoutTownAfterName('Credit Union of Ardley, Vermont.')).toBe(
      'Credit Union of Ardley, Vermont.',
    );
  });
});
