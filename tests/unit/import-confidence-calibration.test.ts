import { describe, expect, it } from 'vitest';
import { calibrated } from '../../src/import/confidence-calibration.js';
import type { ProposedRelation } from '../../src/import/proposal.js';
import { page } from '../support/import-page.js';

// Invented names and sentences only.
const relation = (over: Partial<ProposedRelation>): ProposedRelation => ({
  type: 'MEMBER_OF',
  direction: 'OUTGOING',
  from: { match: null, name: 'Harbour Food Circle' },
  to: { match: null, name: 'Coastal Growers Network' },
  since: null,
  role: null,
  founding: false,
  evidence: 'The Harbour Food Circle is a member of the Coastal Growers Network.',
  confidence: 0.77,
  ...over,
});

describe('a proposal read lower by the signs that it is wrong more often', () => {
  it('keeps the confidence of a relation of the actor to a body named in several words', () => {
    expect(calibrated(relation({})).confidence).toBe(0.77);
  });

  it('lowers a relation between two other bodies', () => {
    const third = relation({ direction: undefined });
    expect(calibrated(third).confidence).toBe(0.62);
  });

  it('lowers a relation to a new body named by one plain word, not to an acronym or a graph body', () => {
    const oneWord = relation({ to: { match: null, name: 'Brinewell' } });
    expect(calibrated(oneWord).confidence).toBe(0.65);
    expect(calibrated(relation({ to: { match: null, name: 'TARNET' } })).confidence).toBe(0.77);
    expect(calibrated(relation({ to: { match: 'brinewell', name: 'Brinewell' } })).confidence).toBe(
      0.77,
    );
    // The actor's own end is not looked at: only the other's.
    const incoming = relation({
      direction: 'INCOMING',
      from: { match: null, name: 'Varn Guild' },
      to: { match: null, name: 'Circle' },
    });
    expect(calibrated(incoming).confidence).toBe(0.77);
  });

  it('lowers both signs together, and never changes what is proposed', () => {
    const both = relation({ direction: undefined, from: { match: null, name: 'Brinewell' } });
    const read = calibrated(both);
    expect(read.confidence).toBe(0.52);
    expect({ ...read, confidence: 0 }).toEqual({ ...both, confidence: 0 });
  });

  it("applies on a page: a relation between two other bodies is read below the actor's own", () => {
    const read = page(
      'Harbour Food Circle\nThe Harbour Food Circle is a member of the Coastal Growers Network. ' +
        'The Kelso Seed Network was founded in 2001 by the Varn Farmers Federation and the Brine Growers Union.',
    ).relations;
    expect(read.map((r) => [r.direction ?? 'third', r.confidence])).toEqual([
      ['OUTGOING', 0.81],
      ['third', 0.62],
      ['third', 0.62],
    ]);
  });
});
