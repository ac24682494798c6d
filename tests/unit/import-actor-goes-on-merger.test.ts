// Session 37 (helper history): "the actor merged with B" on the actor's own page, no new body formed:
// the actor went on under its name, so it emerged from B (README-annotation.md, mergers, third row).
// Invented pages only; each trap beside the near sentence whose relation is proposed.
import { describe, expect, it } from 'vitest';
import { absorbedInMerger } from '../../src/import/mergers.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import { claims } from '../support/import-page.js';

const LOOM = 'Harbour Loom Co-operative\nThe Harbour Loom Co-operative was founded in 1990. ';
const VARECH = 'Coopérative Varech\nLa Coopérative Varech est née en 1990. ';
const SELF = 'Harbour Loom Co-operative';

const emergence = (evidence: string): ProposedRelation => ({
  type: 'EMERGED_FROM',
  from: { match: null, name: SELF },
  to: { match: null, name: 'Kelp Weavers Society' },
  since: null,
  role: null,
  founding: false,
  evidence,
  confidence: 0.8,
});
const isActor = (end: { name: string }) => end.name === SELF;
const actorGoesOn = (evidence: string) =>
  !absorbedInMerger(emergence(evidence), isActor, [SELF, 'Harbour Loom']);

describe('the actor merged with another body and went on', () => {
  it('reads the actor named, a pronoun, or "the society" as the one that went on', () => {
    expect(
      claims(`${LOOM}In 2015 the Harbour Loom Co-operative merged with the Kelp Weavers Society.`),
    ).toEqual([`${SELF} EMERGED_FROM Kelp Weavers Society`]);
    expect(claims(`${LOOM}In 2015, it merged with the Kelp Weavers Society.`)).toEqual([
      `${SELF} EMERGED_FROM Kelp Weavers Society`,
    ]);
    expect(actorGoesOn('In 2015 the Society merged with the Kelp Weavers Society.')).toBe(true);
    expect(actorGoesOn('2015 merged with the Kelp Weavers Society.')).toBe(true);
  });

  it('reads the French timeline ("fusionne avec")', () => {
    expect(
      claims(`${VARECH}En 2012, la Coopérative Varech fusionne avec la Coopérative Goémon.`),
    ).toEqual(['Coopérative Varech EMERGED_FROM Coopérative Goémon']);
  });

  it('gives nothing when the subject written before the verb is another body', () => {
    expect(
      actorGoesOn('In 1971 the Brine Weavers Union merged with the Kelp Weavers Society.'),
    ).toBe(false);
    expect(
      actorGoesOn("1969 : La coopérative d'Anse Grise fusionne avec la Kelp Weavers Society."),
    ).toBe(false);
    expect(
      claims(`${LOOM}In 1971 the Brine Weavers Union merged with the Kelp Weavers Society.`),
    ).toEqual([]);
  });

  it('leaves a merger that formed a new body to that body', () => {
    expect(
      actorGoesOn('In 2015 it merged with the Kelp Weavers Society to form Coastal Textiles.'),
    ).toBe(false);
    expect(
      claims(
        `${LOOM}In 2015 it merged with the Kelp Weavers Society to form the Coastal Textiles Union.`,
      ),
    ).not.toContain(`${SELF} EMERGED_FROM Kelp Weavers Society`);
  });

  it('reads no merger from a year that dates another event or a product line taken over', () => {
    expect(
      claims(
        `${LOOM}In 2015 it took over the knitwear line of the Kelp Weavers Society, founded in 1950.`,
      ),
    ).not.toContain(`${SELF} EMERGED_FROM Kelp Weavers Society`);
  });
});

describe('a merger planned, not done', () => {
  it('reads no emergence from "s\'apprête à fusionner" or "fusionnera"', () => {
    expect(
      claims(`${VARECH}En 2021, elle s'apprête à fusionner avec la Coopérative Goémon.`),
    ).toEqual([]);
    expect(claims(`${VARECH}En 2026, elle fusionnera avec la Coopérative Goémon.`)).toEqual([]);
  });
});
