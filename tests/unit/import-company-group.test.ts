// Session 22: a group of companies lists its parts, not its members (invented bodies and pages).
import { describe, expect, it } from 'vitest';
import { isCompanyGroup } from '../../src/import/names.js';
import { claims } from '../support/import-page.js';

describe('a group of companies', () => {
  it('is told by its head or last word, not a working group', () => {
    for (const name of ['Tarn Insurance Group', 'Groupe Arbor', 'Grupo Norte', 'Kelp Holdings'])
      expect(isCompanyGroup(name)).toBe(true);
    for (const name of ['Coastal Working Group', 'Asian Farmers Group for Co-operation', 'Arbor'])
      expect(isCompanyGroup(name)).toBe(false);
  });

  it('lists its parts: "X Group comprises A, B and C" is A PART_OF X', () => {
    expect(
      claims(
        'Tarn Insurance Group\nThe Tarn Insurance Group comprises Tarn General Insurance, Tarn Life Assurance and Tarn Asset Management.',
      ),
    ).toEqual([
      'Tarn General Insurance PART_OF Tarn Insurance Group',
      'Tarn Life Assurance PART_OF Tarn Insurance Group',
      'Tarn Asset Management PART_OF Tarn Insurance Group',
    ]);
  });

  it('leaves a network that brings bodies together their members', () => {
    expect(
      claims(
        'Tarn Housing Network\nThe Tarn Housing Network brings together Brine Housing Co-operative and Kelp Homes Association.',
      ),
    ).toEqual([
      'Brine Housing Co-operative MEMBER_OF Tarn Housing Network',
      'Kelp Homes Association MEMBER_OF Tarn Housing Network',
    ]);
  });
});
