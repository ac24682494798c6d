// Session 23: a group's entities on lines of their own, named after the group, and a row of acronyms under a heading, on invented pages.
import { describe, expect, it } from 'vitest';
import { groupParts, groupStem } from '../../src/import/group-parts.js';
import { headingCue } from '../../src/import/structure-reader.js';
import { claims } from '../support/import-page.js';

const GROUP = 'Velmora Group';
const GROUP_INTRO = 'The Velmora Group works in banking, insurance and care in the Velmora valley.';
const groupPage = (...lines: string[]) => claims([GROUP, '', GROUP_INTRO, '', ...lines].join('\n'));
const partsOf = (claimed: string[]) => claimed.filter((claim) => claim.includes(' PART_OF '));

describe("a group's name gives the stem its entities share", () => {
  it('takes the name without its group word, in English and French', () => {
    expect(groupStem('Velmora Group')).toBe('Velmora');
    expect(groupStem('Groupe Tarnel')).toBe('Tarnel');
    expect(groupStem('The Orvane Holding')).toBe('Orvane');
  });

  it('gives none for a body that is no group, a kind of body or a place', () => {
    expect(groupStem('Velmora Cooperative Network')).toBeUndefined();
    expect(groupStem('Cooperative Group')).toBeUndefined();
    expect(groupStem('Working Group')).toBeUndefined();
  });
});

describe("a group's entities, each on a line of its own", () => {
  it('reads each line named after the group, a gloss under it, as a part of the group', () => {
    const found = groupPage(
      'Banco Velmora',
      'Founded in 1901, it is the oldest savings bank of the valley.',
      'Fundação Velmora',
      'Founded in 1995, it supports the social sector.',
      'Velmora Seguros - insurance and pensions',
      'Established in 2013, it sells insurance to members.',
    );
    expect(found).toContain('Banco Velmora PART_OF Velmora Group');
    expect(found).toContain('Fundação Velmora PART_OF Velmora Group');
    expect(found).toContain('Velmora Seguros PART_OF Velmora Group');
  });

  it('reads a French group page with bullets the same way', () => {
    const found = claims(
      [
        'Groupe Tarnel',
        '',
        'Le Groupe Tarnel rassemble des entreprises d’insertion du bassin de Liège.',
        '',
        '- Tarnel Recyclage',
        '- Fondation Tarnel',
      ].join('\n'),
    );
    expect(found).toContain('Tarnel Recyclage PART_OF Groupe Tarnel');
    expect(found).toContain('Fondation Tarnel PART_OF Groupe Tarnel');
  });

  it('reads nothing from one mention: one line is no list of entities', () => {
    expect(partsOf(groupPage('Banco Velmora', 'Founded in 1901, it is a savings bank.'))).toEqual(
      [],
    );
  });

  it('reads no menu, no title of the group itself and no line with a figure', () => {
    const found = groupPage(
      'Velmora News',
      'Contact Velmora',
      'Join Velmora',
      'The Velmora Group',
      'Velmora Group Annual Report 2023',
      'Velmora',
    );
    expect(partsOf(found)).toEqual([]);
  });

  it('reads no line that does not carry the group’s name, nor a list of services', () => {
    const found = groupPage('Tarnel Seed Bank', 'Brisk Valley Credit Union', 'Savings accounts');
    expect(partsOf(found)).toEqual([]);
  });

  it('reads nothing on a page whose actor is no group, nor a group named by its kind', () => {
    const network = claims(
      [
        'Velmora Cooperative Network',
        '',
        'The network links cooperatives of the valley.',
        '',
        'Banco Velmora',
        'Fundação Velmora',
      ].join('\n'),
    );
    expect(partsOf(network)).toEqual([]);
    const kind = claims(
      [
        'Cooperative Group',
        '',
        'The group runs shops.',
        '',
        'Cooperative Bank Velmora',
        'Cooperative Insurance Tarnel',
      ].join('\n'),
    );
    expect(partsOf(kind)).toEqual([]);
  });

  it('asks the body reader for each name and keeps a body once', () => {
    const lines = ['Banco Velmora', 'Banco Velmora', 'Fundação Velmora', 'Velmora News'];
    const parts = groupParts(lines, GROUP, (name) => ({ match: null, name, confidence: 0.9 }));
    expect(parts.map((part) => part.body.name)).toEqual(['Banco Velmora', 'Fundação Velmora']);
  });
});

const NETWORK = 'Velmora Cooperative Network (VCN)';
const INTRO = 'The Velmora Cooperative Network is a network of cooperatives in the Velmora valley.';
const networkPage = (...lines: string[]) => claims([NETWORK, '', INTRO, '', ...lines].join('\n'));

describe('lists under a heading: development partners, and the traps', () => {
  it('reads development partners as partners, in English and French', () => {
    const found = networkPage(
      'Our development partners',
      '',
      '- Tarnel Seed Bank',
      '- Brisk Valley Credit Union',
    );
    expect(found).toContain('Tarnel Seed Bank PARTNER_OF Velmora Cooperative Network');
    expect(headingCue('Nos partenaires au développement')?.type).toBe('PARTNER_OF');
  });

  it('reads no programme called by its own name under a partners heading, but a body named a programme', () => {
    expect(
      networkPage(
        'Partenaires',
        '',
        '- Programme LEADER',
        '- Programme Erasmus+',
        '- Projet Alimenterre',
      ),
    ).toEqual([]);
    expect(
      networkPage('Partenaires', '', '- Programme des Nations Unies pour le Développement'),
    ).toContain(
      'Programme des Nations Unies pour le Développement PARTNER_OF Velmora Cooperative Network',
    );
  });

  it('still reads an English body named "Project …" as a partner', () => {
    expect(networkPage('Our partners', '', '- Project Equity', '- Tarnel Seed Bank')).toContain(
      'Project Equity PARTNER_OF Velmora Cooperative Network',
    );
  });

  it('reads no countries, no people and no "members of the public" under a members heading', () => {
    expect(networkPage('Our members', '', '- France', '- Italy', '- Spain')).toEqual([]);
    expect(networkPage('Nos adhérents', '', '- Jeanne Orvane', '- Paul Tarnel')).toEqual([]);
    expect(
      networkPage('Members', '', 'Members of the public may attend our annual meeting.'),
    ).toEqual([]);
  });
});
