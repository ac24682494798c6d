import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { expansionOf, mostUsedBody } from '../../src/import/page-actor.js';
import { importProfile } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const page = (text: string) => importProfile(new TextEncoder().encode(text), 'page.txt', matcher);
const claims = (text: string) =>
  page(text).relations.map((r) => {
    const end = (e: { match: string | null; name: string }) => e.match ?? e.name;
    return `${end(r.from)} ${r.type} ${end(r.to)}`;
  });

describe('the body a page is about', () => {
  it('spells an acronym out from the initials of the words before it', () => {
    expect(expansionOf('CP', 'porte-parole de la Confédération paysanne (CP) a dit')).toBe(
      'Confédération paysanne',
    );
    expect(
      expansionOf('BCCM', 'A report by the Business Council of Co-operatives and Mutuals (BCCM).'),
    ).toBe('Business Council of Co-operatives and Mutuals');
  });

  it('finds the acronym a page uses most, with its full name, and nothing when none stands out', () => {
    expect(
      mostUsedBody(
        'The Harbour Grocers Association (HGA) met. HGA grew. HGA members voted. RIPESS spoke.',
      ),
    ).toEqual({ name: 'Harbour Grocers Association', acronym: 'HGA' });
    expect(mostUsedBody('A quiet page about weather and gardens in the spring.')).toBeNull();
  });

  it('reads the actor from the prose when the first line is a headline the prose never names', () => {
    const result = page(
      'A new resource for mutuals\nA number of banks have signed up to the Harbour Grocers Association (HGA). HGA members include Tidewater Bank and Quayside Mutual. HGA was formed in 2013 to give the sector one voice before parliament, the regulator and the press, and it publishes a yearly report on the banks it represents.',
    );
    expect(result.actor).toMatchObject({ name: 'Harbour Grocers Association', acronym: 'HGA' });
    expect(result.relations.filter((r) => r.type === 'MEMBER_OF').length).toBeGreaterThan(0);
  });

  it('keeps a one-word name ending in "!" as the title', () => {
    expect(page('CooperationWorks!\nCooperationWorks! joined RIPESS in 2015.').actor.name).toBe(
      'CooperationWorks!',
    );
  });

  it('never takes a person or a clause as the actor', () => {
    const result = page(
      'Guillaume Garot, ministre, le 25 août aux rencontres\nLa Confédération paysanne (CP) organise les rencontres. La CP rassemble des paysans. La CP a rejoint Via Campesina en 1993.',
    );
    expect(result.actor).toMatchObject({ name: 'Confédération paysanne', acronym: 'CP' });
  });
});

describe('wider wordings', () => {
  it('reads a membership list after "members of" and a participle', () => {
    expect(
      claims(
        'Harbour Commons Network (HCN)\nWe are also proud members of Social Economy Europe, RIPESS Europe and ESS France.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Harbour Commons Network MEMBER_OF ripess-europe',
        'Harbour Commons Network MEMBER_OF ess-france',
      ]),
    );
  });

  it('reads founders from "a joint initiative of", never a membership from "works closely with"', () => {
    const found = claims(
      'Harbour Commons Office (HCO)\nThe HCO is a joint initiative of RIPESS Europe and ESS France. It works closely with Social Economy Europe.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'ripess-europe FOUNDED Harbour Commons Office',
        'ess-france FOUNDED Harbour Commons Office',
      ]),
    );
    expect(found.filter((claim) => claim.includes('MEMBER_OF'))).toEqual([]);
  });
  it('gives an actor the page writes only by its acronym the full name the graph holds', () => {
    const result = page(
      'https://ica.coop/fr/node/1\nThe ICA gained two new members this spring. ICA welcomed them at its board meeting.',
    );
    expect(result.actor).toMatchObject({
      match: 'ica',
      name: 'International Cooperative Alliance',
      acronym: 'ICA',
    });
  });
});
