// Session 33 (audit): "St." or "Mt." alone is a name a sentence break cut (invented bodies and pages).
import { describe, expect, it } from 'vitest';
import { nameShapeFault } from '../../src/import/name-shape-guard.js';
import { claims } from '../support/import-page.js';

describe('an abbreviation alone', () => {
  it('is no body name', () => {
    for (const name of ['St', 'St.', 'Ste', 'Mt.'])
      expect(nameShapeFault(name, `It merged with the ${name}`, false)).toBe('cut');
  });

  it('leaves names that hold it whole', () => {
    for (const name of ['St. Brendan Credit Union', 'Mt. Tarn Growers Society', 'Stella'])
      expect(nameShapeFault(name, `It joined ${name}.`, false)).toBeNull();
  });

  it('is not proposed when the sentence break cut the name after it, in English and French', () => {
    expect(
      claims(
        'Harbour Loom Co-operative\nThe Harbour Loom Co-operative was formed in 1981 by a merger of the Kelp Weavers Society with the St. Brendan Weavers Society.',
      ),
    ).toEqual(['Harbour Loom Co-operative EMERGED_FROM Kelp Weavers Society']);
    expect(
      claims(
        'Tarn Housing Network\nThe members of the Tarn Housing Network are: Brine Housing Co-operative, Kelp Homes Association and Mt. Tarn Growers Society.',
      ),
    ).toEqual([
      'Brine Housing Co-operative MEMBER_OF Tarn Housing Network',
      'Kelp Homes Association MEMBER_OF Tarn Housing Network',
    ]);
    expect(
      claims(
        'Coopérative Varech\nLa Coopérative Varech est née en 1981 de la fusion de la Coopérative Goémon avec la Ste. Anne Coopérative.',
      ),
    ).toEqual(['Coopérative Varech EMERGED_FROM Coopérative Goémon']);
  });
});
