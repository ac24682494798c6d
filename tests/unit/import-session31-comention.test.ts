// Session 31 (helper comention): the actor and one sure body in a sentence, typed by the one cue family it
// holds (invented names, French and English). Measured and left out of the importer: see importer-history.md.
import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/import/extract.js';
import { Matcher } from '../../src/import/match.js';
import { graphNode as node } from '../support/import-page.js';

const matcher = new Matcher([
  node('nsa', 'Northern Savings Association', 'NSA'),
  node('orgs', 'Organisation Régionale des Greniers Solidaires', 'ORGS'),
  node('hsf', 'Harbour Solidarity Fund', 'HSF'),
]);
const self = { key: null, name: 'Valley Growers Union', acronym: 'VGU', aliases: [] };
const claims = (sentence: string, language: 'en' | 'fr') =>
  extractRelations([sentence], language, self, matcher).relations.map(
    (r) => `${r.from.match ?? r.from.name} ${r.type} ${r.to.match ?? r.to.name}`,
  );

describe('a co-mention typed by its cue word', () => {
  it('reads a funding word between the actor and a sure body (English)', () => {
    expect(
      claims('Year after year VGU, thanks to grants from HSF, keeps its shop open.', 'en'),
    ).toEqual(['hsf FUNDS Valley Growers Union']);
  });

  it('reads a partnership word in French', () => {
    expect(
      claims(
        "Chaque été, VGU, dans un esprit de coopération avec l'ORGS, ouvre ses greniers.",
        'fr',
      ),
    ).toEqual(['Valley Growers Union PARTNER_OF orgs']);
  });

  it('says nothing for two cue families, a denial, two bodies or a distant mention (traps)', () => {
    expect(
      claims(
        'Year after year VGU, with grants and the advice of partners from HSF, keeps its shop open.',
        'en',
      ),
    ).toEqual([]);
    expect(
      claims("Chaque été, VGU, membre et partenaire de l'ORGS, ouvre ses greniers.", 'fr'),
    ).toEqual([]);
    expect(claims("VGU n'a jamais reçu de subventions de HSF pour sa boutique.", 'fr')).toEqual([]);
    expect(
      claims(
        'Year after year VGU, with grants and the advice of HSF and the NSA, keeps its shop open.',
        'en',
      ),
    ).toEqual([]);
    expect(
      claims(
        'VGU keeps the shop open in every season of the long year for the growers of the hills and the grants of HSF help.',
        'en',
      ),
    ).toEqual([]);
  });
});
