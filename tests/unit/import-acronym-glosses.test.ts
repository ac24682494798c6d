// Session 38 (helper name): the long form of an actor written only by its acronym, in the loose gloss
// shapes (open dash, language label, "baptisé … ou ACR", a long form in another language). Invented text.
import { describe, expect, it } from 'vitest';
import { looseGlossOf } from '../../src/import/acronym-glosses.js';
import { fullNameOf } from '../../src/import/actor-gloss.js';

describe('looseGlossOf', () => {
  it('reads an apposition after a dash that never closes, up to another body', () => {
    const prose =
      'QALV – Quinta Associação de Lavradores do Vale and TERRANOVA were chosen as good practices.';
    expect(looseGlossOf('QALV', prose)).toBe('Quinta Associação de Lavradores do Vale');
  });

  it('reads the long form after a language label in the brackets', () => {
    const prose = 'BF (Danish: Bondernes Forbund, "Farmers\' League") is a federation of dairies.';
    expect(looseGlossOf('BF', prose)).toBe('Bondernes Forbund');
  });

  it('reads "baptisé … ou ACR" and "named … or ACR"', () => {
    expect(
      looseGlossOf(
        'F2R',
        'Le fonds voit le jour en 1999. Baptisé Fonds pour la recherche rurale ou F2R, il naît de la fusion de deux caisses.',
      ),
    ).toBe('Fonds pour la recherche rurale');
    expect(
      looseGlossOf('GHN', 'In 2004 a league was set up, named Green Housing Network or GHN.'),
    ).toBe('Green Housing Network');
  });

  it('reads a long form in another language when it opens with a body word', () => {
    const prose = 'Au congrès de l’Union andine des pêcheurs (AFU), les délégués ont voté.';
    expect(looseGlossOf('AFU', prose)).toBe('Union andine des pêcheurs');
    expect(fullNameOf('AFU', prose)).toBe('Union andine des pêcheurs');
  });

  it('does not take a funder named before the brackets of another acronym', () => {
    // Trap: the brackets hold another acronym; the actor's acronym is only written bare.
    const prose = 'KLP receives a grant from the Fondation Verte (FV) for its seed bank.';
    expect(looseGlossOf('KLP', prose)).toBeNull();
  });

  it('never takes a heading or a sentence without a body word as the long form', () => {
    // Trap: "Notre histoire" is a heading before the brackets, not a body.
    expect(
      looseGlossOf('RTP', 'Notre histoire en quelques dates (RTP) commence en 1990.'),
    ).toBeNull();
    // Trap: a run opening alike without spelling the letters is refused (cut short or another body).
    expect(
      looseGlossOf('ACDE', 'Le salon de l’Association pour la culture (ACDE) ouvre demain.'),
    ).toBeNull();
  });

  it('does not read a clause as a long form after a dash', () => {
    expect(looseGlossOf('MNO', 'MNO – we are growing and hiring this year.')).toBeNull();
  });
});
