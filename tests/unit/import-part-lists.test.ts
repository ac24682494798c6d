import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { groupMakeUp, onePart, partList } from '../../src/import/part-lists.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const bytes = (text: string) => new TextEncoder().encode(text);

/** A page's relations of one type, as "other direction" strings. */
function relations(text: string, type: string): string[] {
  return importProfile(bytes(text), 'page.txt', matcher)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.other?.match ?? r.other?.name ?? ''} ${r.direction}`);
}

describe('the parts a sentence lists after a unit noun', () => {
  it('reads counted branches after a colon, dropping the glosses between the names', () => {
    const page = `Fenland Crafts

Fenland Crafts currently has three commercial branches: Fenland Textiles, in charge of exporting handicrafts, Fenland Foods, a bakery, and Fenland Travel, its own tour operator.`;
    expect(relations(page, 'PART_OF')).toEqual([
      'Fenland Textiles INCOMING',
      'Fenland Foods INCOMING',
      'Fenland Travel INCOMING',
    ]);
  });

  it('reads "filiales" after a French count, each part of the actor', () => {
    expect(
      partList(
        'La fédération mutualise ses moyens grâce à deux filiales dédiées : la Société Lumière Habitat et la Société Lumière Crédit.',
      )?.names,
    ).toEqual(['la Société Lumière Habitat', 'la Société Lumière Crédit']);
  });

  it('reads "branches such as" up to the clause, without the country each branch is in', () => {
    const page = `Isthmus Microfinance Network (IMN)

The 90 institutions of the network work through the national branches such as REDALFA in Guatemala, REDBETA in Honduras and REDGAMMA in the Dominican Republic.`;
    expect(relations(page, 'PART_OF')).toEqual([
      'REDALFA INCOMING',
      'REDBETA INCOMING',
      'REDGAMMA INCOMING',
    ]);
  });

  it('leaves the branches of another body alone', () => {
    const page = `Kestrel Network

Our partner Delta Foundation has three branches: Delta North, Delta South and Delta East.`;
    expect(relations(page, 'PART_OF')).toEqual([]);
  });
});

describe('one part named after a possessive unit noun', () => {
  it('reads "through its subsidiary, A" and "through subsidiary A"', () => {
    expect(
      onePart('The Harbour Group, through its subsidiary, Harbour Venture Capital, invests.')
        ?.names,
    ).toEqual(['Harbour Venture Capital']);
    expect(
      onePart('The Group, through subsidiary Développement international Harbour, is active.')
        ?.names,
    ).toEqual(['Développement international Harbour']);
  });

  it('reads "sa division A" and "une autre division, A" in French', () => {
    const page = `Coopérative Lumière

La coopérative Lumière travaille à la mise sur pied d'une autre division, Lumière Nature, qui proposera des séjours. Avec sa division Lumière Innovation, elle offre des services conseils.`;
    expect(relations(page, 'PART_OF')).toEqual([
      'Lumière Nature INCOMING',
      'Lumière Innovation INCOMING',
    ]);
  });

  it('leaves a part whose owner, named after it, is another body', () => {
    const page = `Kestrel Network

Through its subsidiary Alpha Savings Bank, the Beta Cooperative Group funds our network.`;
    expect(relations(page, 'PART_OF')).toEqual([]);
  });

  it('reads nothing in a denied clause or after a unit noun that names a place', () => {
    expect(onePart('The Harbour Group never sold its subsidiary Harbour Bank.')).toBeUndefined();
    expect(onePart('It opened its branch in Lyon last year.')).toBeUndefined();
  });
});

describe('a group made of companies', () => {
  it('reads what a group comprises as its parts, not its members', () => {
    const page = `Harbour Cooperative Group

The Harbour Cooperative Group comprises Harbour General Insurance, Harbour Life Assurance and Harbour Asset Management.`;
    expect(relations(page, 'PART_OF')).toEqual([
      'Harbour General Insurance INCOMING',
      'Harbour Life Assurance INCOMING',
      'Harbour Asset Management INCOMING',
    ]);
    expect(relations(page, 'MEMBER_OF')).toEqual([]);
  });

  it('reads "un groupe …, constitué de A, de B et de leurs filiales"', () => {
    expect(
      groupMakeUp(
        'Lactalis Ouest est un groupe coopératif laitier, constitué de Lait Ouest Union, de Lait Ouest International et de leurs filiales.',
      )?.names,
    ).toEqual(['Lait Ouest Union', 'Lait Ouest International']);
  });

  it('takes no lone capitalised common noun for a part ("composé des Banques populaires")', () => {
    expect(
      groupMakeUp(
        'Le groupe Alpha est un groupe bancaire, composé des Banques populaires régionales.',
      ),
    ).toBeUndefined();
  });

  it('leaves a working group, a network’s local groups and "a group of" alone', () => {
    expect(
      groupMakeUp('The working group is made up of Alpha Network and Beta Union.'),
    ).toBeUndefined();
    expect(
      groupMakeUp('The Steering Group comprises Alpha Network and Beta Union.'),
    ).toBeUndefined();
    // A committee named first does not hide the group of companies after it.
    expect(
      groupMakeUp(
        'Unlike its Advisory Group, the Kestrel Group comprises Alpha Bank and Beta Insurance.',
      )?.names,
    ).toEqual(['Alpha Bank', 'Beta Insurance']);
    expect(
      groupMakeUp('Our network comprises 40 local groups: Alpha Co-op, Beta Co-op.'),
    ).toBeUndefined();
    expect(
      groupMakeUp('It was founded by a group of 27 doctors made up of Alpha Clinic staff.'),
    ).toBeUndefined();
  });
});

describe('what is no part at all', () => {
  it('reads no part from staff, the public, a board or "part of our work"', () => {
    const page = `Kestrel Network

Jane Doe, a member of staff, joined in 2019. Members of the public can attend our meetings. Tom Smith is a member of the board. Advocacy is part of our work with the Alpha Union. Each chapter of the report covers one region.`;
    expect(relations(page, 'PART_OF')).toEqual([]);
  });
});
