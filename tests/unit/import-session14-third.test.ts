// Session 14: relations stated between two named bodies, neither the profiled actor (invented sentences only).
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

const NETWORK = 'Northern Coast Cooperative Network\nThe network runs training for its members. ';
const RESEAU = 'Réseau Alpin des Tiers-Lieux\nLe réseau anime des formations. ';

describe('bodies that merged, named before the verb', () => {
  it('reads "A and B consolidated to become C" as C EMERGED_FROM each', () => {
    expect(
      claims(
        `${NETWORK}In 1985 the Harbour Fishers Cooperative and the Bay Producers Association consolidated to become the Coastal Federation of Cooperatives.`,
      ),
    ).toEqual([
      'Coastal Federation of Cooperatives EMERGED_FROM Harbour Fishers Cooperative',
      'Coastal Federation of Cooperatives EMERGED_FROM Bay Producers Association',
    ]);
  });

  it('reads "A et B ont fusionné pour former C"', () => {
    expect(
      claims(
        `${RESEAU}En 2004, la Coopérative des Vallées et l'Association Paysanne du Col ont fusionné pour former la Fédération Paysanne des Alpes.`,
      ),
    ).toEqual([
      'Fédération Paysanne des Alpes EMERGED_FROM Coopérative des Vallées',
      'Fédération Paysanne des Alpes EMERGED_FROM Association Paysanne du Col',
    ]);
  });

  it('keeps the verb-first wording as it was ("merged A with B to form C")', () => {
    expect(
      claims(
        `${NETWORK}Members voted to merge the Harbour Fishers Cooperative with the Bay Producers Association to form the Coastal Federation of Cooperatives.`,
      ),
    ).toEqual([
      'Coastal Federation of Cooperatives EMERGED_FROM Harbour Fishers Cooperative',
      'Coastal Federation of Cooperatives EMERGED_FROM Bay Producers Association',
    ]);
  });
});
