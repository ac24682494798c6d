import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreFile, totals } from '../../src/import/evaluate.js';
import { extractRelations } from '../../src/import/extract.js';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile, type ProfileResult } from '../../src/import/profile-import.js';

const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const profiles = new URL('../fixtures/profiles/', import.meta.url);
const self = { name: 'Réseau Imaginaire', acronym: 'RI', key: null };

function relations(text: string, language: 'en' | 'fr' = 'en') {
  return extractRelations([text], language, self, matcher).relations.map((relation) => ({
    type: relation.type,
    other: relation.other?.match ?? relation.other?.name,
    since: relation.since,
    role: relation.role,
    founding: relation.founding,
  }));
}

describe('relation extraction', () => {
  it('gives the MES seed exactly the relations of the issue, each with its sentence', () => {
    const result = importProfile(
      readFileSync(new URL('00-mes-socioeco.txt', profiles)),
      'mes',
      matcher,
    );
    expect(result.actor).toMatchObject({ match: 'mes', acronym: 'MES', founded: '2002' });
    expect(
      result.relations.map((r) => [r.type, r.other?.match, r.since, r.role, r.founding]),
    ).toEqual([
      ['EMERGED_FROM', 'ires', '2002', null, false],
      ['INITIATED', 'vess-2003', '2004', null, false],
      ['INITIATED', 'sse-general-assembly-2012', '2012', null, false],
      ['MEMBER_OF', 'ess-france', null, null, false],
      ['PARTICIPATES_IN', 'csess', null, null, false],
      ['CONTRIBUTED_TO', 'loi-ess-2014', null, null, false],
      ['CONTRIBUTED_TO', 'guide-bonnes-pratiques', null, null, false],
      ['MEMBER_OF', 'ctc', null, null, false],
      ['PARTICIPATES_IN', 'ripess', '2002', null, false],
      ['MEMBER_OF', 'ripess-europe', null, 'coordination committee member', true],
    ]);
    expect(result.newActors).toEqual([]);
    for (const relation of result.relations) {
      expect(relation.evidence.length).toBeGreaterThan(20);
      expect(relation.confidence).toBeGreaterThan(0.5);
      expect(relation.confidence).toBeLessThanOrEqual(1);
    }
    expect(result.relations[1]?.evidence).toMatch(
      /^At the initiative of the Solidarity SSE Village/,
    );
  });

  it('scores precision and recall 1.0 on every fixture against its expected.json', () => {
    const files = readdirSync(profiles).filter((file) => /\.(txt|html)$/.test(file));
    expect(files.length).toBeGreaterThanOrEqual(6);
    const scores = files.map((file) => {
      const expected = JSON.parse(
        readFileSync(new URL(file.replace(/\.\w+$/, '.expected.json'), profiles), 'utf8'),
      ) as ProfileResult;
      return scoreFile(
        importProfile(readFileSync(new URL(file, profiles)), file, matcher),
        expected,
      );
    });
    expect(totals(scores)).toEqual({
      precision: 1,
      recall: 1,
      sinceExactness: 1,
      roleExactness: 1,
      actorExactness: 1,
    });
  });

  it('reads years and roles from the clause they belong to', () => {
    expect(
      relations('Since 2018 it has been a member of the CTC and it joined ESS France in 2020.'),
    ).toEqual([
      { type: 'MEMBER_OF', other: 'ctc', since: '2018', role: null, founding: false },
      { type: 'MEMBER_OF', other: 'ess-france', since: '2020', role: null, founding: false },
    ]);
    expect(relations('Elle siège à son conseil d’administration.', 'fr')).toEqual([]);
    expect(
      relations('Le réseau est membre de RIPESS Europe depuis 2012 et siège à son bureau.', 'fr'),
    ).toEqual([
      {
        type: 'MEMBER_OF',
        other: 'ripess-europe',
        since: '2012',
        role: 'bureau member',
        founding: false,
      },
    ]);
  });

  it('encodes a founding member once, as MEMBER_OF with founding: true', () => {
    expect(relations('It is a founding member of RIPESS Europe.')).toEqual([
      { type: 'MEMBER_OF', other: 'ripess-europe', since: null, role: null, founding: true },
    ]);
    expect(
      relations('Membre fondateur du MIRAMAP en 2010, le réseau agit localement.', 'fr'),
    ).toEqual([{ type: 'MEMBER_OF', other: 'miramap', since: '2010', role: null, founding: true }]);
  });

  it.each([
    ['It is not a member of RIPESS.', 'en'],
    ['It has never been a member of ESS France.', 'en'],
    ['It would like to join RIPESS Europe.', 'en'],
    ['If funding allows, it will take part in the CSESS.', 'en'],
    ["Le réseau n'est pas membre d'ESS France.", 'fr'],
    ['Le réseau pourrait rejoindre le MES.', 'fr'],
  ] as const)('proposes nothing from the negated or hypothetical "%s"', (sentence, language) => {
    expect(relations(sentence, language)).toEqual([]);
  });

  it('never proposes a relation to a generic word, nor to the profiled actor itself', () => {
    expect(relations('It is a member of the network and takes part in the movement.')).toEqual([]);
    expect(relations('The RI joined the Réseau Imaginaire.')).toEqual([]);
  });

  it('proposes nothing when another body is the subject of the clause', () => {
    expect(relations('ESS France is a member of RIPESS.')).toEqual([]);
    expect(relations('Since 2015 it has been a member of ESS France.')).toHaveLength(1);
  });

  it('proposes a named organisation the graph lacks as new, never as a near match', () => {
    expect(relations('In 2012 it co-founded the Coopérative des Moulins Partagés.')).toEqual([
      {
        type: 'FOUNDED',
        other: 'Coopérative des Moulins Partagés',
        since: '2012',
        role: null,
        founding: false,
      },
    ]);
  });
});
