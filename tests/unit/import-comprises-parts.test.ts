// Session 33 (audit): what a body comprises are its parts, not its members (invented bodies and pages).
import { describe, expect, it } from 'vitest';
import { claims } from '../support/import-page.js';

describe('"comprises", "comprising"', () => {
  it('gives no membership', () => {
    expect(
      claims(
        'Tarn Housing Network\nThe programme of the Tarn Housing Network comprises three modules: Build.LOOM, Run.LOOM and Grow.LOOM.',
      ),
    ).toEqual([]);
    expect(
      claims(
        'Tarn Housing Network\nThe Tarn Housing Network, comprising Brine Housing Co-operative and Kelp Homes Association, was set up in 2001.',
      ),
    ).toEqual([]);
  });

  it('still gives a group of companies its parts', () => {
    expect(
      claims(
        'Kelp Holdings\nKelp Holdings comprises Kelp Foods Limited, Kelp Logistics Limited and Kelp Marine Services.',
      ),
    ).toEqual([
      'Kelp Foods PART_OF Kelp Holdings',
      'Kelp Logistics PART_OF Kelp Holdings',
      'Kelp Marine Services PART_OF Kelp Holdings',
    ]);
  });

  it('leaves the membership words beside it alone, in English and in French', () => {
    expect(
      claims(
        'Tarn Housing Network\nThe Tarn Housing Network is made up of Brine Housing Co-operative and Kelp Homes Association.',
      ),
    ).toEqual([
      'Brine Housing Co-operative MEMBER_OF Tarn Housing Network',
      'Kelp Homes Association MEMBER_OF Tarn Housing Network',
    ]);
    expect(
      claims(
        'Réseau Varech\nLe Réseau Varech regroupe la Coopérative Algue Brune et la Coopérative Goémon Vif.',
      ),
    ).toEqual([
      'Coopérative Algue Brune MEMBER_OF Réseau Varech',
      'Coopérative Goémon Vif MEMBER_OF Réseau Varech',
    ]);
  });
});
