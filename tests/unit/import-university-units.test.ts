// Session 37 (helper thirdparty): a unit written with its university is part of it, on invented sentences only.
import { describe, expect, it } from 'vitest';
import { universityUnits } from '../../src/import/university-units.js';
import { claims } from '../support/import-page.js';

const T = 'Tidewater Makers Network';
/** The invented page: the actor's title line, then the sentence under test. */
const read = (sentence: string) => claims(`${T}\n${sentence}`);

describe('university units: the unit and its university', () => {
  it('reads the French unit before "de l\'Université" and the English one before "at"/"of"', () => {
    expect(
      universityUnits("avec le Laboratoire MARE de l'Université de Lagune et la ville"),
    ).toEqual([{ unit: 'Laboratoire MARE', university: 'Université de Lagune' }]);
    expect(
      universityUnits('le Centre de Transfert de Savoirs (CTS) de l’Université Autonome de Brise'),
    ).toEqual([
      { unit: 'Centre de Transfert de Savoirs', university: 'Université Autonome de Brise' },
    ]);
    expect(
      universityUnits('with the Harbour Studies Centre at Coast State University and others'),
    ).toEqual([{ unit: 'Harbour Studies Centre', university: 'Coast State University' }]);
    expect(universityUnits('the Enterprise Growth Centre (EGC) of Pan-Marsh University')).toEqual([
      { unit: 'Enterprise Growth Centre', university: 'Pan-Marsh University' },
    ]);
  });

  it("finds no unit in a university alone nor in a person's post", () => {
    expect(universityUnits("Elle enseigne à l'Université de Lagune depuis 2010.")).toEqual([]);
    expect(universityUnits('Ann Reed, a professor at Coast State University, spoke.')).toEqual([]);
  });

  it('finds no unit in a head word alone, French or English, but keeps a named one (session 38)', () => {
    expect(universityUnits('She joined the Department of Coast State University in 2019.')).toEqual(
      [],
    );
    expect(universityUnits('la Faculté de l’Université de Lagune accueille')).toEqual([]);
    expect(universityUnits('a School at Pan-Marsh University')).toEqual([]);
    // Trap: a head with its own words is still a unit.
    expect(universityUnits('the Department of Tide Studies at Coast State University')).toEqual([
      { unit: 'Department of Tide Studies', university: 'Coast State University' },
    ]);
    expect(universityUnits('the Marsh Law School of Pan-Marsh University')).toEqual([
      { unit: 'Marsh Law School', university: 'Pan-Marsh University' },
    ]);
  });
});

describe('university units: proposals', () => {
  it("proposes the unit PART_OF its university beside the sentence's other readings", () => {
    expect(
      read('The network works with the Harbour Studies Centre at Coast State University.'),
    ).toContain('Harbour Studies Centre PART_OF Coast State University');
  });

  it('keeps the lowercase words of a unit and a university the shape names by their kind', () => {
    expect(
      read(
        "L'École technique et maritime (ETM) at the Collège universitaire de Saint-Roch opened.",
      ),
    ).toContain('École technique et maritime PART_OF Collège universitaire de Saint-Roch');
  });
});
