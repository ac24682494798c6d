import { describe, expect, it } from 'vitest';
import { missingDescriptions } from '../../src/schema/describe-check.js';
import { schema } from '../../src/schema/index.js';

describe('the GraphQL schema', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });
});
