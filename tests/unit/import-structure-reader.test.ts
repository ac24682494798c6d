// Session 17: the structure reader (items under a heading, after a label's colon, on an infobox line), on invented pages.
import { describe, expect, it } from 'vitest';
import { headingCue, itemName } from '../../src/import/structure-reader.js';
import { claims } from '../support/import-page.js';

const ACTOR = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const read = (...lines: string[]) => claims([ACTOR, '', INTRO, '', ...lines].join('\n'));
/** Every claim expected is among those the page gives. */
const readsAll = (lines: string[], expected: string[]) => {
  const found = read(...lines);
  for (const claim of expected) expect(found).toContain(claim);
};

describe('heading words decide the type and the direction', () => {
  it('reads stems in English and French, and a founding membership before a membership', () => {
    expect(headingCue('Our partners')).toEqual({
      type: 'PARTNER_OF',
      direction: 'in',
      founding: false,
    });
    expect(headingCue('Nos financeurs')?.type).toBe('FUNDS');
    expect(headingCue('Fund recipients are')).toMatchObject({ type: 'FUNDS', direction: 'out' });
    expect(headingCue('Membres fondateurs')).toMatchObject({ type: 'MEMBER_OF', founding: true });
    expect(headingCue('Affiliations')).toMatchObject({ type: 'MEMBER_OF', direction: 'out' });
    expect(headingCue('Subsidiaries')).toMatchObject({ type: 'PART_OF', direction: 'in' });
  });

  it('calls technical and financial partners partners, and gives nothing for two relations or a call to join', () => {
    expect(headingCue('Partenaires techniques et financiers')?.type).toBe('PARTNER_OF');
    expect(headingCue('Members and partners')).toBeUndefined();
    expect(headingCue('Become a partner')).toBeUndefined();
  });
});

describe('an item keeps its name without its gloss', () => {
  it('drops a dash gloss, a place after a comma, brackets and a relative clause', () => {
    expect(itemName('• Tarnel Seed Bank – a regional seed library')).toBe('Tarnel Seed Bank');
    expect(itemName('Orvane Grain Co-op, Orvane, WA, which will train members')).toBe(
      'Orvane Grain Co-op',
    );
    expect(itemName('Coopérative Lunaire (CL)')).toBe('Coopérative Lunaire');
  });
});

describe('lists under a heading', () => {
  it('reads bullets under a partners heading, up to the first line without a bullet', () => {
    readsAll(
      [
        'Our partners',
        '• Tarnel Seed Bank – a regional seed library',
        '• Brisk Valley Credit Union',
        'Read our annual report to learn more about them.',
      ],
      [
        'Tarnel Seed Bank PARTNER_OF Velmora Cooperative Network',
        'Brisk Valley Credit Union PARTNER_OF Velmora Cooperative Network',
      ],
    );
  });

  it('reads a label sentence ending in a colon, with the actor funding each item', () => {
    readsAll(
      [
        'Grant recipients this year are:',
        '',
        '• The Orvane Grain Cooperative, Orvane, which will open a mill',
        '• Saltmarsh Housing Trust, Port Ellin, which will train tenants',
      ],
      [
        'Velmora Cooperative Network FUNDS Orvane Grain Cooperative',
        'Velmora Cooperative Network FUNDS Saltmarsh Housing Trust',
      ],
    );
  });

  it('reads items separated by a paragraph that describes each one', () => {
    readsAll(
      [
        'New member co-ops',
        '',
        'Harrow Lane Food Co-op – Harrow, ME',
        '',
        'Opened in 2019, the store serves four towns.',
        '',
        'Quillby Natural Foods Co-op – Quillby, VT',
        '',
        'The co-op moved to a larger site last spring.',
      ],
      [
        'Harrow Lane Food Co-op MEMBER_OF Velmora Cooperative Network',
        'Quillby Natural Foods Co-op MEMBER_OF Velmora Cooperative Network',
      ],
    );
  });

  it('reads a hard-wrapped block of items between ";" after "Members are:"', () => {
    readsAll(
      [
        'Members are:',
        '',
        'The Harbour Grain Co-operative; The Fenwick',
        'Dairy Co-operative, Fenwick; The Marl Coast Fishing',
        'Co-operative Society.',
      ],
      [
        'Harbour Grain Co-operative MEMBER_OF Velmora Cooperative Network',
        'Fenwick Dairy Co-operative MEMBER_OF Velmora Cooperative Network',
        'Marl Coast Fishing Co-operative Society MEMBER_OF Velmora Cooperative Network',
      ],
    );
  });

  it('reads "Region: Name represents …" lines after one paragraph that introduces the list', () => {
    readsAll(
      [
        'Regional networks of the VCN:',
        '',
        'The network works through regional bodies that represent its members in each area',
        '',
        'Northern coast and islands: VCN-Nord represents 40 cooperatives across 6 districts',
        '',
        'Upper valley: VCN-Amont represents 25 members in 3 towns',
      ],
      [
        'VCN-Nord PART_OF Velmora Cooperative Network',
        'VCN-Amont PART_OF Velmora Cooperative Network',
      ],
    );
  });

  it('reads an infobox line whose label is the cue alone', () => {
    const found = read('Subsidiaries Velmora Bank, Velmora Insurance');
    expect(found).toContain('Velmora Bank PART_OF Velmora Cooperative Network');
    expect(found).toContain('Velmora Insurance PART_OF Velmora Cooperative Network');
  });
});

describe('what is no list', () => {
  it('leaves a heading about the topic ("Partner stories"), and a list that is mostly not bodies', () => {
    expect(read('Partner stories', '• Tarnel Seed Bank', '• Brisk Valley Credit Union')).toEqual(
      [],
    );
    expect(
      read(
        'Our partners',
        '• training days',
        '• seed swaps',
        '• Tarnel Seed Bank',
        '• field trips',
      ),
    ).toEqual([]);
  });

  it('leaves a partners heading followed by prose or a date, and numbered section titles', () => {
    expect(read('Nos partenaires', 'Publié le 4 mars 2021', 'Tarnel Seed Bank')).toEqual([]);
    expect(
      read(
        'Membership',
        '',
        '1. Introduction',
        '',
        'The network welcomes cooperatives of every size.',
        '',
        '2. Fees',
      ),
    ).toEqual([]);
  });

  it('leaves a label with its value ("Adhérent à une fédération : Non") and a heading in capitals', () => {
    expect(read('Adhérent à une fédération : Non')).toEqual([]);
    expect(read('Membership of Brisk Valley Credit Union')).toEqual([]);
    expect(read('Partners', 'STRUCTURES ET TERRITOIRES', 'Tarnel Seed Bank')).toEqual([]);
  });
});

describe('a list heading that says where the bodies are', () => {
  it('reads "Nos partenaires au …" and "Our members in …" as list headings, the place not glued to the first name', () => {
    readsAll(
      ['Nos partenaires au Velmoristan', '• Fondo Rural Solidario', '• Central Andina Norte'],
      [
        'Fondo Rural Solidario PARTNER_OF Velmora Cooperative Network',
        'Central Andina Norte PARTNER_OF Velmora Cooperative Network',
      ],
    );
    readsAll(
      ['Our members in East Velmora', '• Tarnel Seed Bank', '• Brisk Valley Credit Union'],
      [
        'Tarnel Seed Bank MEMBER_OF Velmora Cooperative Network',
        'Brisk Valley Credit Union MEMBER_OF Velmora Cooperative Network',
      ],
    );
  });

  it('leaves a lowercase topic after "in" to the heading, so it names no list', () => {
    // Only a capitalised place is left out: "in practice" stays a word about another topic.
    expect(
      read('Partners in practice', '• Tarnel Seed Bank', '• Brisk Valley Credit Union'),
    ).toEqual([]);
  });
});
