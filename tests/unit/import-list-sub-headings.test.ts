// Session 25: a list heading carried over sub-headings that group its bodies by kind, labelled items and "ACR – Full name" items, on invented pages.
import { describe, expect, it } from 'vitest';
import { itemName } from '../../src/import/structure-reader.js';
import { groupSubHeading } from '../../src/import/sub-headings.js';
import { claims } from '../support/import-page.js';

const EN = [
  'Velmora Cooperative Network (VCN)',
  '',
  'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.',
  '',
];
const FR = [
  'Réseau Coopératif de Velmora',
  '',
  'Le Réseau Coopératif de Velmora fédère les coopératives agricoles de la vallée de la Velmora depuis de longues années.',
  '',
];
const EN_ACTOR = 'Velmora Cooperative Network';
const FR_ACTOR = 'Réseau Coopératif de Velmora';
const read = (head: string[], ...lines: string[]) => claims([...head, ...lines].join('\n'));

describe('a sub-heading that groups the bodies by kind', () => {
  it('names a kind of body, short and lowercase past its first word', () => {
    expect(groupSubHeading('Organisations paysannes')).toBe('Organisations paysannes');
    expect(groupSubHeading('Public institutions')).toBe('Public institutions');
    expect(groupSubHeading('Autres')).toBe('Autres');
    // A saved image's label glued before the line is no part of it.
    expect(groupSubHeading('velmora Institutions de microfinance')).toBe(
      'Institutions de microfinance',
    );
    expect(groupSubHeading('Our team')).toBeUndefined();
    expect(groupSubHeading('Contact')).toBeUndefined();
    expect(groupSubHeading('Fondation Tarnel')).toBeUndefined();
    expect(groupSubHeading('Associations help farmers sell their grain.')).toBeUndefined();
  });

  it('carries a French partners heading over its sub-headings, down to "Autres"', () => {
    const found = read(
      FR,
      'Nos partenaires',
      '',
      'Institutions de microfinance',
      '',
      '  • Caisse Rurale de Tarnel',
      '  • Fonds Solidaire du Brisk',
      '',
      'Organisations paysannes',
      '',
      '  • Union des Producteurs de Quillby',
      '',
      'Autres',
      '',
      '  • Harrow Lane Food Co-op',
    );
    for (const body of [
      'Caisse Rurale de Tarnel',
      'Fonds Solidaire du Brisk',
      'Union des Producteurs de Quillby',
      'Harrow Lane Food Co-op',
    ])
      expect(found).toContain(`${body} PARTNER_OF ${FR_ACTOR}`);
  });

  it('carries an English members heading over "Full members" and "Associate members"', () => {
    const found = read(
      EN,
      'Our members',
      '',
      'Full members',
      '',
      '• Tarnel Seed Bank',
      '• Brisk Valley Credit Union',
      '',
      'Associate members',
      '',
      '• Quillby Housing Trust',
    );
    for (const body of ['Tarnel Seed Bank', 'Brisk Valley Credit Union', 'Quillby Housing Trust'])
      expect(found).toContain(`${body} MEMBER_OF ${EN_ACTOR}`);
  });

  it('ends the list at a sub-heading that names no kind of body: "Our team" lists people', () => {
    const found = read(
      EN,
      'Our partners',
      '',
      '• Tarnel Seed Bank',
      '',
      'Our team',
      '',
      '• Maria Tolsen',
      '• Brisk Valley Credit Union',
    );
    expect(found).toContain(`Tarnel Seed Bank PARTNER_OF ${EN_ACTOR}`);
    expect(found.filter((claim) => claim.includes('Brisk Valley'))).toEqual([]);
    expect(found.filter((claim) => claim.includes('Maria'))).toEqual([]);
  });

  it('reads nothing under a menu of headings or a footer of sub-headings with no cue above', () => {
    expect(
      read(EN, 'Home', 'About us', 'Organisations', '• Tarnel Seed Bank', 'Contact', 'News'),
    ).toEqual([]);
    expect(read(EN, 'Networks', '', '• Tarnel Seed Bank', '• Brisk Valley Credit Union')).toEqual(
      [],
    );
  });

  it('reads nothing under a partners heading whose sub-headings list places or projects', () => {
    const found = read(
      FR,
      'Nos partenaires',
      '',
      'Autres',
      '',
      '  • Lyon',
      '  • Marseille',
      '  • Programme Alimenterre',
    );
    expect(found).toEqual([]);
  });

  it('takes no sentence for a heading: a sentence that says "partners" is no list name', () => {
    expect(
      read(
        EN,
        'We are proud of the partners who work with us in the valley every year',
        '',
        'Organisations',
        '',
        '• Tarnel Seed Bank',
      ),
    ).toEqual([]);
  });
});

describe('a labelled item and an "ACR – Full name" item', () => {
  it('reads the full name an acronym stands for, after a label or not', () => {
    expect(itemName('• CRT – Caisse Rurale de Tarnel', true)).toBe('Caisse Rurale de Tarnel');
    expect(itemName('• Céréales : UPQ – Union des Producteurs de Quillby', true)).toBe(
      'Union des Producteurs de Quillby',
    );
    expect(itemName('• Grain: BVCU – Brisk Valley Credit Union', true)).toBe(
      'Brisk Valley Credit Union',
    );
  });

  it('keeps the acronym when the dash brings a lowercase gloss or a one-word place', () => {
    expect(itemName('• TSB – a regional seed library', true)).toBe('TSB');
    expect(itemName('• TSB – Velmora', true)).toBe('TSB');
    // Other readers split a list at "and" first: the acronym stays theirs, the cut name is no name.
    expect(itemName('AICCON – Research Centre on Cooperative')).toBe('AICCON');
  });

  it('reads a labelled list under a heading, a label with no item after it left out', () => {
    const found = read(
      FR,
      'Nos partenaires',
      '',
      '  • Café et cacao :',
      '  • Céréales : UPQ – Union des Producteurs de Quillby',
      '  • Produits bio : CRT – Caisse Rurale de Tarnel',
    );
    expect(found).toContain(`Union des Producteurs de Quillby PARTNER_OF ${FR_ACTOR}`);
    expect(found).toContain(`Caisse Rurale de Tarnel PARTNER_OF ${FR_ACTOR}`);
    expect(found.filter((claim) => /Café|UPQ|CRT/u.test(claim))).toEqual([]);
  });
});

describe('a heading over one line of names between commas', () => {
  it('reads each name of the line, the heading written with a plural mark', () => {
    const found = read(
      FR,
      'Partenaire(s)',
      'Caisse Rurale de Tarnel, Fonds Solidaire du Brisk, Union des Producteurs de Quillby',
    );
    for (const body of [
      'Caisse Rurale de Tarnel',
      'Fonds Solidaire du Brisk',
      'Union des Producteurs de Quillby',
    ])
      expect(found).toContain(`${body} PARTNER_OF ${FR_ACTOR}`);
  });

  it('reads no list that names the page actor among its items: it is not the actor’s list', () => {
    expect(
      read(
        FR,
        'Partenaire(s)',
        'Caisse Rurale de Tarnel, Réseau Coopératif de Velmora, Union des Producteurs de Quillby',
      ),
    ).toEqual([]);
  });
});

describe('a lead-in sentence and its list on one line', () => {
  it('reads items between dashes after a lead-in with a cue, each without its gloss', () => {
    const found = read(
      FR,
      'Nos partenaires dans la vallée',
      'Pas moins de quatre coopératives sont partenaires du réseau dans la vallée : Tarnel Grain, fondée en 1995 - Brisk Valley Dairy formée par des éleveurs - Quillby Fruits, créée en 2016 - Harrow Lane Food Co-op.',
    );
    for (const body of [
      'Tarnel Grain',
      'Brisk Valley Dairy',
      'Quillby Fruits',
      'Harrow Lane Food Co-op',
    ])
      expect(found).toContain(`${body} PARTNER_OF ${FR_ACTOR}`);
  });

  it('reads no list after a sentence with no cue, nor two items only', () => {
    expect(
      read(EN, 'We visited three valleys last spring: Tarnel - Brisk - Quillby in the north.'),
    ).toEqual([]);
    // Two items between dashes are a name and its gloss as often as a list: the list reader leaves them.
    expect(
      read(EN, 'Two co-operatives are our partners: Tarnel Grain - Brisk Valley Dairy.').filter(
        (claim) => claim.includes('Brisk'),
      ),
    ).toEqual([]);
  });
});
