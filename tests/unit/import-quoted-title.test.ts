// Session 23: a piece of a quoted title is no body's name; a name quoted whole is one (invented text).
import { describe, expect, it } from 'vitest';
import { isPieceOfQuotation, nameShapeFault } from '../../src/import/name-shape-guard.js';

const fault = (name: string, evidence: string) => nameShapeFault(name, evidence, false);

describe('a name inside a quotation', () => {
  it('is cut when the quotation is a longer title (French and English)', () => {
    const conference =
      "L'Université de Kelp a accueilli la Conférence « Économie Sociale : Tendances et Perspectives ».";
    expect(fault('Tendances', conference)).toBe('cut');
    const report = 'Brine Mutual published “Kelp Farmers and the Future of Credit” in 2020.';
    expect(isPieceOfQuotation('Kelp Farmers', report)).toBe(true);
  });

  it('is left when the quotation is the whole name, or the page also writes it outside', () => {
    expect(fault('Kelp Zéro', "L'ASBL a fondé la coopérative « Kelp Zéro » en 2007.")).toBeNull();
    expect(
      isPieceOfQuotation('Brine Mutual', 'Brine Mutual published “Brine Mutual at Fifty” in 2020.'),
    ).toBe(false);
    expect(isPieceOfQuotation('Brine Mutual', 'It joined Brine Mutual in 2020.')).toBe(false);
  });
});
