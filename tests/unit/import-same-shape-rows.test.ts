// Session 19: blocks of same-shape lines read as tables (running number, name cell, acronym cell), on invented pages.
import { describe, expect, it } from 'vitest';
import { acronymSpelledBy, tableAt } from '../../src/import/same-shape-rows.js';
import { claims } from '../support/import-page.js';

const ACTOR = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const read = (...lines: string[]) => claims([ACTOR, '', INTRO, '', ...lines].join('\n'));
const SELF = 'Velmora Cooperative Network';

describe('an acronym spelled by the words of its name', () => {
  it('takes one to four letters of each word, connectors and a closing legal form left out', () => {
    expect(acronymSpelledBy('TGCU', 'Tarnel Grain Cooperative Union')).toBe(true);
    expect(acronymSpelledBy('FEPROMA', 'Fédération des Producteurs de Maïs')).toBe(true);
    expect(acronymSpelledBy('COOPSAL', 'Cooperative of Saltmarsh')).toBe(true);
    expect(acronymSpelledBy('ORWA', 'Orvane Water Association Ltd.')).toBe(true);
    expect(acronymSpelledBy('FNPB', 'Fédération Nationale des Producteurs d’Ail du Brisk')).toBe(
      false,
    );
    expect(acronymSpelledBy('FNPAB', 'Fédération Nationale des Producteurs d’Ail du Brisk')).toBe(
      true,
    );
  });

  it('accepts a place after a hyphen written whole, or the acronym the name holds in brackets', () => {
    expect(acronymSpelledBy('UPM-ORVANE', 'Union des Planteurs de Mil d’Orvane')).toBe(true);
    expect(acronymSpelledBy('SALT COOP', 'Saltmarsh Fishers Society (SALT COOP ELLIN)')).toBe(true);
    expect(acronymSpelledBy('XYZ', 'Tarnel Grain Cooperative Union')).toBe(false);
  });
});

describe('a block of same-shape rows', () => {
  const rows = [
    'Region No. Name',
    'Orvane 1 Orvane Grain Cooperative Union OGCU',
    'Tarnel 2 Tarnel Seed Bank Association TSBA',
    '  3 Brisk Valley Credit Society BVCS LTD',
    'Ellin 5 Saltmarsh Housing Trust SHT',
    '  6 Seed Bank of Ellin Seedbank',
    'Some text after the table.',
  ];

  it('skips the column header, carries the group cell down and splits name from acronym', () => {
    const table = tableAt(rows, 0);
    expect(table?.end).toBe(6);
    expect(table?.rows.map((row) => [row.group, row.number, row.name, row.acronym])).toEqual([
      ['Orvane', 1, 'Orvane Grain Cooperative Union', 'OGCU'],
      ['Tarnel', 2, 'Tarnel Seed Bank Association', 'TSBA'],
      ['Tarnel', 3, 'Brisk Valley Credit Society', 'BVCS LTD'],
      ['Ellin', 5, 'Saltmarsh Housing Trust', 'SHT'],
      ['Ellin', 6, 'Seed Bank of Ellin', 'Seedbank'],
    ]);
  });

  it('is no table when its numbers do not count up or its acronyms spell nothing', () => {
    expect(tableAt(['1 Orvane Grain OG', '9 Tarnel Seed TS', '20 Brisk Valley BV'], 0)).toBe(
      undefined,
    );
    expect(tableAt(['1 Orvane Grain XQ', '2 Tarnel Seed ZZ', '3 Brisk Valley QQ'], 0)).toBe(
      undefined,
    );
    // Two rows are no table.
    expect(tableAt(rows.slice(0, 3), 0)).toBe(undefined);
  });

  it('reads numbered "ACR : name" items, an item without an acronym among them', () => {
    const table = tableAt(
      [
        '1. UPM-ORVANE : Union des Planteurs de Mil d’Orvane',
        '2. FNPAB : Fédération Nationale des Producteurs d’Ail du Brisk',
        '3. Collectif des Femmes de Tarnel',
        '4. SHT : Saltmarsh Housing Trust',
      ],
      0,
    );
    expect(table?.rows.map((row) => row.name)).toEqual([
      'Union des Planteurs de Mil d’Orvane',
      'Fédération Nationale des Producteurs d’Ail du Brisk',
      'Collectif des Femmes de Tarnel',
      'Saltmarsh Housing Trust',
    ]);
  });
});

describe('"ACR : name" items without numbers', () => {
  it('reads bulleted or bare items whose acronyms their names spell, counted by their place', () => {
    const table = tableAt(
      [
        '• FEPROMA : Fédération des Producteurs de Maïs',
        '• UPM-ORVANE – Union des Planteurs de Mil d’Orvane',
        '• SHT : Saltmarsh Housing Trust',
      ],
      0,
    );
    expect(table?.rows.map((row) => [row.number, row.acronym])).toEqual([
      [1, 'FEPROMA'],
      [2, 'UPM-ORVANE'],
      [3, 'SHT'],
    ]);
  });

  it('is no table when the labels spell nothing: a record of labels and values', () => {
    expect(tableAt(['TEL : Orvane 22', 'FAX : Orvane 23', 'RCS : Tarnel Registry'], 0)).toBe(
      undefined,
    );
  });
});

describe('a table under a members heading', () => {
  it('makes each row a member, its name cell taken whole', () => {
    const found = read(
      'Full Members',
      '',
      'Region No. Member Name',
      'Orvane 1 Orvane Grain Cooperative Union OGCU',
      'Tarnel 2 Tarnel Seed Bank Association TSBA',
      '  3 Brisk Valley Credit Society Ltd. BVCS',
      'Ellin 5 Saltmarsh Housing Trust SHT',
    );
    for (const name of [
      'Orvane Grain Cooperative Union',
      'Tarnel Seed Bank Association',
      'Brisk Valley Credit Society',
      'Saltmarsh Housing Trust',
    ])
      expect(found).toContain(`${name} MEMBER_OF ${SELF}`);
  });

  it('keeps a name whose tail has a lowercase word before a capital, its acronym spelled', () => {
    const found = read(
      'Organisations membres',
      '1. FEPROMA : Fédération des Producteurs de Maïs',
      '2. UPM-ORVANE : Union des Planteurs de Mil d’Orvane',
      '3. FNPAB : Fédération Nationale des Producteurs d’Ail du Brisk',
      '4. FNPPT : Fédération Nationale des Producteurs du Poivre à Tarnel',
    );
    expect(found).toContain(
      `Fédération Nationale des Producteurs d’Ail du Brisk MEMBER_OF ${SELF}`,
    );
    expect(found).toContain(
      `Fédération Nationale des Producteurs du Poivre à Tarnel MEMBER_OF ${SELF}`,
    );
  });

  it('takes the relation from the page title when no heading names the table', () => {
    const found = claims(
      [
        'Velmora Members',
        '',
        'The Velmora Cooperative Network gathers cooperatives of the Velmora valley.',
        '',
        'Orvane 1 Orvane Grain Cooperative Union OGCU',
        'Tarnel 2 Tarnel Seed Bank Association TSBA',
        '  3 Brisk Valley Credit Society BVCS',
      ].join('\n'),
    );
    for (const name of ['Orvane Grain Cooperative Union', 'Brisk Valley Credit Society'])
      expect(found.some((claim) => claim.startsWith(`${name} MEMBER_OF `))).toBe(true);
  });

  it('reads no ranking without a heading that names a relation', () => {
    const found = read(
      'Top companies of the year',
      '',
      '1 Orvane Grain Cooperative Union OGCU',
      '2 Tarnel Seed Bank Association TSBA',
      '3 Brisk Valley Credit Society BVCS',
    );
    expect(found.filter((claim) => claim.includes('MEMBER_OF'))).toEqual([]);
  });
});
