import { describe, expect, it } from 'vitest';
import {
  refusedResult,
  resolveExpected,
  sameActor,
  scoreFile,
  totals,
} from '../../src/import/evaluate.js';
import type { ProposedRelation } from '../../src/import/extract.js';
import type { ProfileResult } from '../../src/import/profile-import.js';

const relation = (
  match: string | null,
  name: string,
  since: string | null = null,
): ProposedRelation => ({
  type: 'MEMBER_OF',
  direction: 'OUTGOING',
  other: { match, name },
  from: { match: null, name: 'P' },
  to: { match, name },
  since,
  role: null,
  founding: false,
  evidence: 'x',
  confidence: 0.9,
});
const result = (relations: ProposedRelation[], founded = '2002'): ProfileResult => ({
  file: 'p.txt',
  actor: { match: null, name: 'P', acronym: null, founded, resourceCounts: [] },
  relations,
  newActors: [],
});

describe('import evaluation', () => {
  it('counts right, wrong and missed relations, new nodes by name, and wrong fields', () => {
    const expected = result([
      relation('mes', 'MES', '2009'),
      relation(null, 'Café Commun'),
      relation('ctc', 'CTC'),
    ]);
    const actual = result(
      [
        relation('mes', 'the MES', '2010'),
        relation(null, 'cafe commun'),
        relation('ripess', 'RIPESS'),
      ],
      '2003',
    );
    const score = scoreFile(actual, expected);
    expect(score).toMatchObject({
      truePositives: 2,
      falsePositives: ['self MEMBER_OF ripess'],
      falseNegatives: ['self MEMBER_OF ctc'],
      sinceExact: 1,
      wrongActorFields: ['founded'],
    });
    expect(totals([score])).toMatchObject({ precision: 2 / 3, recall: 2 / 3, sinceExactness: 0.5 });
    // Each proposal keeps its confidence and whether it was right, in the page's order.
    expect(score.proposals).toEqual([
      { confidence: 0.9, right: true },
      { confidence: 0.9, right: true },
      { confidence: 0.9, right: false },
    ]);
  });

  it('takes a year an expected file writes as a number for the same year written as text', () => {
    const written = JSON.parse(
      '{"actor": {"match": null, "name": "P", "acronym": null, "founded": 2002, "resourceCounts": []}}',
    ) as { actor: ProfileResult['actor'] };
    const expected = {
      actor: written.actor,
      relations: [{ ...relation('mes', 'MES'), since: 2009 as unknown as string }],
    };
    const score = scoreFile(result([relation('mes', 'MES', '2009')]), expected);
    expect(score).toMatchObject({ truePositives: 1, sinceExact: 1, wrongActorFields: [] });
    expect(scoreFile(result([], '2003'), expected).wrongActorFields).toEqual(['founded']);
  });

  it('scores a refused page as proposing nothing: every expected relation missed, none wrong', () => {
    const expected = result([relation('mes', 'MES'), relation(null, 'Café Commun')]);
    const score = scoreFile(refusedResult('p.txt'), expected);
    expect(score).toMatchObject({
      truePositives: 0,
      falsePositives: [],
      falseNegatives: ['self MEMBER_OF mes', 'self MEMBER_OF new "cafe commun"'],
      wrongActorFields: ['name', 'founded'],
    });
    expect(totals([score])).toMatchObject({ recall: 0 });
  });

  it('scores an expected new node the graph now holds as that node, by its exact name only', () => {
    const expected = result([relation(null, 'CRESS Bretagne'), relation(null, 'Café Commun')]);
    const keys: Record<string, string> = { 'CRESS Bretagne': 'cress-bretagne' };
    const resolved = resolveExpected(expected, (name) => keys[name] ?? null);
    expect(resolved.relations.map((r) => r.to?.match)).toEqual(['cress-bretagne', null]);
    const actual = result([
      relation('cress-bretagne', 'la CRESS Bretagne'),
      relation(null, 'Café Commun'),
    ]);
    expect(scoreFile(actual, expected).falsePositives).toEqual(['self MEMBER_OF cress-bretagne']);
    expect(scoreFile(actual, resolved)).toMatchObject({ truePositives: 2, falsePositives: [] });
  });

  it('takes a read actor for the expected one by graph key, else by name or by its acronym', () => {
    const expected = { match: null, name: 'Réseau des Ateliers Partagés', acronym: 'RAP' };
    expect(
      sameActor({ match: null, name: 'le Réseau des ateliers partagés', acronym: null }, expected),
    ).toBe(true);
    expect(sameActor({ match: null, name: 'RAP', acronym: null }, expected)).toBe(true);
    expect(sameActor({ match: null, name: 'Ateliers du Nord', acronym: 'RAP' }, expected)).toBe(
      true,
    );
    // A graph key decides alone: a key other than the expected one is another body, whatever its name.
    expect(sameActor({ match: 'rap', name: 'RAP', acronym: null }, expected)).toBe(false);
    expect(
      sameActor({ match: 'rap', name: 'x', acronym: null }, { ...expected, match: 'rap' }),
    ).toBe(true);
    expect(sameActor({ match: null, name: 'Réseau des Ateliers', acronym: null }, expected)).toBe(
      false,
    );
  });
});
