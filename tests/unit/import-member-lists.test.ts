import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { parseProfile } from '../../src/import/parse.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const bytes = (text: string) => new TextEncoder().encode(text);

/** The incoming memberships a page proposes, by the other end's key or name. */
function members(text: string): string[] {
  return importProfile(bytes(text), 'page.txt', matcher)
    .relations.filter((r) => r.type === 'MEMBER_OF' && r.direction === 'INCOMING')
    .map((r) => r.other?.match ?? r.other?.name ?? '');
}

describe('member lists as pages write them', () => {
  it('reads a "Members" heading over bullet lines as one list, and stops at the next heading', () => {
    const page = `Harbour Development Network (HDN)

The Harbour Development Network is a network of cooperative development centres.

Members
  • Arkansas Rural Enterprise Center
  • Democracy Collaborative
  • Keystone Development Center
History
The network was set up in 1999.`;
    expect(members(page)).toEqual([
      'Arkansas Rural Enterprise Center',
      'Democracy Collaborative',
      'Keystone Development Center',
    ]);
  });

  it('splits a French heading’s items written between dashes, and stops at a dated line', () => {
    const page = `Concertation Imaginaire (CI)

La Concertation Imaginaire représente les fédérations de l'économie sociale.

Les membres de la Concertation Imaginaire
ACFI - ALEAP - Lire et Ecrire
FEBECOOP - SAW-B
Novembre 2008
Proposition de cartographie`;
    expect(members(page)).toEqual(['ACFI', 'ALEAP', 'Lire et Ecrire', 'febecoop', 'saw-b']);
  });

  it('leaves a heading over prose alone', () => {
    const profile = parseProfile(
      bytes('Réseau Imaginaire (RI)\n\nNos membres\nIls sont plus de quarante en Bretagne.'),
    );
    expect(profile.paragraphs).toEqual(['Ils sont plus de quarante en Bretagne.']);
  });

  it('reads a count between the possessive and "members"', () => {
    expect(
      members(
        'Harbour Council (HC)\n\nThe Harbour Council counts among its 13 members the Northern Solidarity Bank and Teachers Mutual Bank.',
      ),
    ).toEqual(['Northern Solidarity Bank', 'Teachers Mutual Bank']);
    expect(
      members(
        'Réseau Imaginaire (RI)\n\nLe Réseau Imaginaire compte parmi ses 25 adhérents la Coopérative des Moulins Partagés.',
      ),
    ).toEqual(['Coopérative des Moulins Partagés']);
  });
});
