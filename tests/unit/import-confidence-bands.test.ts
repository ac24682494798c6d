import { describe, expect, it } from 'vitest';
import { byConfidence } from '../../src/import/confidence-bands.js';

describe('proposals by confidence band', () => {
  it('groups proposals into bands, highest first, each with how many are right', () => {
    const bands = byConfidence([
      { confidence: 0.72, right: false },
      { confidence: 0.95, right: true },
      { confidence: 0.79, right: true },
      { confidence: 0.42, right: true },
      { confidence: 0.7, right: false },
    ]);
    expect(bands).toEqual([
      { band: '≥ 0.90', proposed: 1, right: 1 },
      { band: '0.70–0.79', proposed: 3, right: 1 },
      { band: '< 0.60', proposed: 1, right: 1 },
    ]);
  });

  it('puts a confidence on a bound in the band it opens, and gives no band for no proposal', () => {
    expect(byConfidence([{ confidence: 0.8, right: false }])).toEqual([
      { band: '0.80–0.89', proposed: 1, right: 0 },
    ]);
    expect(byConfidence([{ confidence: 0.6, right: true }])[0]?.band).toBe('0.60–0.69');
    expect(byConfidence([])).toEqual([]);
  });
});
