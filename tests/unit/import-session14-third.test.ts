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

describe('co-founders named before the clause', () => {
  it('reads "Together with A and B, we set up C" as A, B and the actor FOUNDED C', () => {
    expect(
      claims(
        `${NETWORK}Together with the Harbour Fishers Cooperative and the Bay Producers Association, we set up the Coastal Advocacy Office in 2011.`,
      ),
    ).toEqual([
      'Harbour Fishers Cooperative FOUNDED Coastal Advocacy Office',
      'Bay Producers Association FOUNDED Coastal Advocacy Office',
      'Northern Coast Cooperative Network FOUNDED Coastal Advocacy Office',
    ]);
  });

  it('keeps a dashed regional part in the co-founder’s name', () => {
    expect(
      claims(
        `${NETWORK}Together with the Atlantic Fishers Alliance - Europe, the network founded the Coastal Advocacy Office.`,
      ),
    ).toContain('Atlantic Fishers Alliance Europe FOUNDED Coastal Advocacy Office');
  });

  it('gives no co-founder when the phrase names no body', () => {
    expect(
      claims(`${NETWORK}Together with its members, we set up the Coastal Advocacy Office in 2011.`),
    ).toEqual(['Northern Coast Cooperative Network FOUNDED Coastal Advocacy Office']);
  });
});
