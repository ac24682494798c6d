import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { MEMBER_WINDOW_PROPERTIES } from '../../src/model/active-at.js';
import { relationFromProps, relationToProps } from '../../src/model/storage.js';

// The stored membership window is for the index only: the model never writes or reads it.
describe('the membership window in the storage mapping', () => {
  const memberships = readDataset().relations.filter((r) => r.type === 'MEMBER_OF');

  it('is not among the properties the model writes (history, hashes, exports)', () => {
    expect(memberships.length).toBeGreaterThan(10);
    for (const relation of memberships) {
      const props = relationToProps(relation);
      for (const name of MEMBER_WINDOW_PROPERTIES) expect(props).not.toHaveProperty(name);
    }
  });

  it('is dropped when a stored relationship is decoded', () => {
    for (const relation of memberships) {
      const stored = { ...relationToProps(relation), memberFrom: 2001, memberUntil: 9999 };
      const decoded = relationFromProps(relation.type, relation.from, relation.to, stored);
      expect(decoded).toEqual(relation);
      expect(JSON.stringify(decoded)).not.toMatch(/memberFrom|memberUntil/);
    }
  });
});
