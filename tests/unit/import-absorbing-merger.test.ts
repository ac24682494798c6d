// Session 33 (audit): "A merged with B" alone is A taking B in, no emergence (invented bodies and pages).
import { describe, expect, it } from 'vitest';
import { absorbedInMerger } from '../../src/import/mergers.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import { claims } from '../support/import-page.js';

const LOOM = 'Harbour Loom Co-operative\nThe Harbour Loom Co-operative was founded in 1990. ';
const VARECH = 'Coopérative Varech\nLa Coopérative Varech est née en 1990. ';

const emergence = (to: string, evidence: string): ProposedRelation => ({
  type: 'EMERGED_FROM',
  from: { match: null, name: 'Harbour Loom Co-operative' },
  to: { match: null, name: to },
  since: null,
  role: null,
  founding: false,
  evidence,
  confidence: 0.8,
});

describe('a merger that only absorbs', () => {
  // Session 37: the page's own actor that merged with B goes on and emerged from B
  // (import-actor-goes-on-merger.test.ts); another body's merger stays withheld.
  it('proposes no emergence from the body merged in', () => {
    expect(
      claims(`${LOOM}In 2015 the Brine Weavers Union merged with the Kelp Weavers Society.`),
    ).toEqual([]);
    expect(
      claims(`${VARECH}En 2012, la Coopérative Algue Brune fusionne avec la Coopérative Goémon.`),
    ).toEqual([]);
  });

  it('still reads what the merger made of the actor, or the activities it took over', () => {
    expect(
      claims(
        `${LOOM}In 2015 it merged with the Kelp Weavers Society and became a regional co-operative.`,
      ),
    ).toEqual(['Harbour Loom Co-operative EMERGED_FROM Kelp Weavers Society']);
    expect(
      claims(
        `${LOOM}In 2015 it merged with the Kelp Weavers Society, whose activities it took over.`,
      ),
    ).toEqual(['Harbour Loom Co-operative SUCCEEDED Kelp Weavers Society']);
    expect(
      claims(
        `${VARECH}En 2012, elle a fusionné avec la Coopérative Goémon et est devenue une coopérative régionale.`,
      ),
    ).toEqual(['Coopérative Varech EMERGED_FROM Coopérative Goémon']);
  });

  it('still reads bodies that merged to form the actor', () => {
    expect(
      claims(
        `${LOOM}The Brine Weavers Union and the Kelp Weavers Society merged in 2015 to form the Harbour Loom Co-operative.`,
      ),
    ).toEqual([
      'Harbour Loom Co-operative EMERGED_FROM Brine Weavers Union',
      'Harbour Loom Co-operative EMERGED_FROM Kelp Weavers Society',
    ]);
    expect(
      claims(
        `${VARECH}La Coopérative Goémon et la Coopérative Algue Brune ont fusionné en 2012 pour créer la Coopérative Varech.`,
      ),
    ).toEqual([
      'Coopérative Varech EMERGED_FROM Coopérative Goémon',
      'Coopérative Varech EMERGED_FROM Coopérative Algue Brune',
    ]);
  });

  it('looks at the body written right after "merged with", not at another one', () => {
    const sentence = 'In 2015 it merged with the Kelp Weavers Society.';
    expect(absorbedInMerger(emergence('Kelp Weavers Society', sentence))).toBe(true);
    expect(absorbedInMerger(emergence('Brine Weavers Union', sentence))).toBe(false);
    expect(
      absorbedInMerger({ ...emergence('Kelp Weavers Society', sentence), type: 'PART_OF' }),
    ).toBe(false);
  });
});
