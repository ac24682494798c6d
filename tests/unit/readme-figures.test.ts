import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURATED_COUNTS, MES_SUBGRAPH_DEPTH_2 } from '../support/facts.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

// The README's figures come from tests/support/facts.ts, which the dataset and API tests check.
describe('the README figures', () => {
  it('give the size of the curated dataset', () => {
    const { nodes, relations, sources } = CURATED_COUNTS;
    expect(readme).toContain(
      `${nodes} actors, events and laws around MES and ${relations} relations`,
    );
    expect(readme).toContain(`(${sources} of them)`);
  });

  it('give the size of the neighbourhood of MES two steps out', () => {
    const { nodes, edges } = MES_SUBGRAPH_DEPTH_2;
    expect(readme).toContain(`${nodes} nodes and ${edges} edges`);
  });
});
