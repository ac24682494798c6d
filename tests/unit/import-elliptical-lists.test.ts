import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ellipticalItems, isCategory } from '../../src/import/elliptical-items.js';
import type { GraphName } from '../../src/import/graph-names.js';
import { listItems } from '../../src/import/list-items.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const members = (text: string) =>
  importProfile(new TextEncoder().encode(text), 'page.txt', matcher)
    .relations.filter((r) => r.type === 'MEMBER_OF' && r.direction === 'INCOMING')
    .map((r) => r.other?.match ?? r.other?.name ?? '');

describe('lists as real pages write them', () => {
  it('reads places after a territorial category as one body each, never the bare place', () => {
    expect(
      ellipticalItems(
        'les 3 Fédérations départementales de jardins (FDJ) de Bretagne : Morlaix, Vannes et Quimper',
      ),
    ).toEqual({
      before: 'les 3',
      items: [
        'Fédération départementale de jardins de Morlaix',
        'Fédération départementale de jardins de Vannes',
        'Fédération départementale de jardins de Quimper',
      ],
    });
    expect(ellipticalItems('the County Unions of growers: Kisumu, Nakuru and Embu')?.items).toEqual(
      [
        'County Union of growers of Kisumu',
        'County Union of growers of Nakuru',
        'County Union of growers of Embu',
      ],
    );
  });

  it('leaves a list of bodies after a category that is not territorial alone', () => {
    expect(ellipticalItems('les réseaux de jardins : Vergers Unis, Terres Vives')).toBeNull();
    expect(
      ellipticalItems('les unions régionales : Union Ouest, la fédération du Nord'),
    ).toBeNull();
  });

  it('proposes each territorial body as a member', () => {
    const page =
      'Union nationale des jardiniers (UNJ)\nL’UNJ regroupe les 3 Fédérations départementales de jardins (FDJ) de Bretagne : Morlaix, Vannes et Quimper.';
    expect(members(page)).toEqual([
      'Fédération départementale de jardins de Morlaix',
      'Fédération départementale de jardins de Vannes',
      'Fédération départementale de jardins de Quimper',
    ]);
  });

  it('never takes a plural category for a body', () => {
    expect(isCategory('County Unions')).toBe(true);
    expect(isCategory('primary co-operative societies')).toBe(true);
    expect(isCategory('Cooperatives of the Andes')).toBe(false);
    expect(isCategory('Harbour Growers Union')).toBe(false);
    expect(
      listItems(
        'National Growers Organizations (NGOs), County Unions and Tidewater Growers Union.',
      ).map((item) => item.phrase),
    ).toEqual(['Tidewater Growers Union']);
  });

  it('reads a "Membership" heading over bullets, each cut before its description', () => {
    const page = `Harbour Growers Alliance (HGA)

The Harbour Growers Alliance speaks for growers of the coast.

Organizational membership
- Tidewater Growers Bank, offering loans to members;
- Quayside Seed Union for the training of young growers;
- KELPCO, the union of kelp farmers;
The Council meets twice a year.`;
    expect(members(page)).toEqual(['Tidewater Growers Bank', 'Quayside Seed Union', 'KELPCO']);
  });
});
