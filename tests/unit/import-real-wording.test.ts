import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const page = (text: string) => importProfile(new TextEncoder().encode(text), 'page.txt', matcher);
const claims = (text: string) =>
  page(text).relations.map(
    (r) => `${r.from.match ?? r.from.name} ${r.type} ${r.to.match ?? r.to.name}`,
  );

describe('wordings of real pages', () => {
  it('finds the subject after an opening clause of time ("Established in 2005, X is …")', () => {
    const result = page(
      'Established in 2004, Kelp Growers Network is a body of coastal growers. Kelp Growers Network grew.',
    );
    expect(result.actor).toMatchObject({ name: 'Kelp Growers Network', founded: '2004' });
  });

  it('reads "not for profit" as a description, not a negation', () => {
    expect(
      claims(
        'Kelp Growers Network\nKelp Growers Network is a not-for-profit body and is a member of the International Cooperative Alliance.',
      ),
    ).toEqual(['Kelp Growers Network MEMBER_OF ica']);
    expect(
      claims(
        'Kelp Growers Network\nKelp Growers Network is not a member of the International Cooperative Alliance.',
      ),
    ).toEqual([]);
  });

  it('reads an affiliation of another body ("X became an affiliate of Y")', () => {
    expect(
      claims(
        'Kelp Growers Network\nIn 2009 Tidewater Growers Union became an affiliate of the Kelp Growers Network.',
      ),
    ).toEqual(['Tidewater Growers Union MEMBER_OF Kelp Growers Network']);
  });

  it('reads a signed agreement as a partnership, in English and French', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe network signed a cooperation agreement with Tidewater Growers Union.',
      ),
    ).toEqual(['Kelp Growers Network PARTNER_OF Tidewater Growers Union']);
    expect(
      claims(
        "Réseau des Varechiers\nLe Réseau des Varechiers a signé un accord de coopération avec l'Union des Marins Pêcheurs.",
      ),
    ).toEqual(['Réseau des Varechiers PARTNER_OF Union des Marins Pêcheurs']);
  });

  it('keeps "and" inside a name whose second half is a plural kind with a place', () => {
    expect(
      claims(
        'Kelp Growers Network\nThe network works with the Federation of Savings and Credit Cooperatives of Fiji.',
      ),
    ).toEqual([
      'Kelp Growers Network PARTNER_OF Federation of Savings and Credit Cooperatives of Fiji',
    ]);
  });

  it('reads "The Foundation" as the foundation named before, never as the actor', () => {
    const text =
      'Kelp Growers Network\nThe Tidewater Foundation is a charity. The Foundation was established in 1992 by Quayside Mutual and Harbour Growers Union. The Foundation is a member of the Kelp Growers Network.';
    expect(claims(text)).toEqual([
      'Quayside Mutual FOUNDED Tidewater Foundation',
      'Harbour Growers Union FOUNDED Tidewater Foundation',
      'Tidewater Foundation MEMBER_OF Kelp Growers Network',
    ]);
    // The actor's own kind word stays the actor.
    expect(
      claims('Kelp Growers Network\nThe Network was established in 1992 by Quayside Mutual.'),
    ).toEqual(['Quayside Mutual FOUNDED Kelp Growers Network']);
  });
});
