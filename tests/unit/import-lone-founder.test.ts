import { describe, expect, it } from 'vitest';
import { isLoneFounder } from '../../src/import/lone-founder.js';
import type { ProposedRelation } from '../../src/import/proposal.js';

// Invented names and sentences only.
const founded = (
  from: string,
  evidence: string,
  match: string | null = null,
): ProposedRelation => ({
  type: 'FOUNDED',
  direction: 'INCOMING',
  from: { match, name: from },
  to: { match: null, name: 'Harbour Food Circle' },
  since: null,
  role: null,
  founding: false,
  evidence,
  confidence: 0.77,
});

describe('a founder named by one plain word alone after "by" or "par"', () => {
  it('withholds it in French and English', () => {
    expect(isLoneFounder(founded('Marlowe', 'Notre association a été fondée par Marlowe.'))).toBe(
      true,
    );
    expect(
      isLoneFounder(
        founded('Tarrant', 'The circle was set up in 1985 by Tarrant to feed the town.'),
      ),
    ).toBe(true);
  });

  it('keeps one word among listed founders, an acronym, a kind word or a graph body', () => {
    const listed = 'It was founded by Brinewell, Harbour Trust and the Kelso Guild.';
    expect(isLoneFounder(founded('Brinewell', listed))).toBe(false);
    const last = 'Elle a été créée par le Réseau Varn et Brinewell.';
    expect(isLoneFounder(founded('Brinewell', last))).toBe(false);
    expect(isLoneFounder(founded('TARNET', 'Fondée par TARNET en 1990.'))).toBe(false);
    expect(isLoneFounder(founded('Cooperative', 'Founded by Cooperative.'))).toBe(false);
    expect(isLoneFounder(founded('Brinewell', 'Fondée par Brinewell.', 'brinewell'))).toBe(false);
  });

  it('leaves other relation types', () => {
    const member = {
      ...founded('Marlowe', 'Il est rejoint par Marlowe.'),
      type: 'MEMBER_OF' as const,
    };
    expect(isLoneFounder(member)).toBe(false);
  });
});
