import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphName } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile } from '../../src/import/profile-import.js';
import { formatOutcome } from '../../src/import/text-report.js';

// The names of the curated graph as `importGraphNames` reads them, with founding dates, relations and counts.
const names = JSON.parse(
  readFileSync(new URL('../fixtures/graph-names.json', import.meta.url), 'utf8'),
) as GraphName[];
const matcher = new Matcher(names);
const bytes = (text: string) => new TextEncoder().encode(text);

// The graph: MES founded 2002-03, member of ESS France since 2015-01, seven resource counts.
const CONTRADICTING = `Mouvement pour l'Economie Solidaire (MES)

The Solidarity Economy Movement (MES) was founded in 2004 by regional networks of the solidarity economy. The MES has been an active member of ESS France since 2017.

5 Videos`;

describe('what the dry run says of the graph', () => {
  it('marks a founding year and a since that differ from the graph as contradictions, with the graph’s value', () => {
    const result = importProfile(bytes(CONTRADICTING), 'mes.txt', matcher);
    expect(result.facts).toEqual([
      {
        field: 'founded',
        value: '2004',
        status: 'CONTRADICTS',
        graphValue: '2002-03',
        evidence:
          'The Solidarity Economy Movement (MES) was founded in 2004 by regional networks of the solidarity economy.',
      },
      {
        field: 'resourceCounts',
        value: [{ type: 'videos', count: 5 }],
        status: 'NEW',
        evidence: '5 videos',
      },
    ]);
    expect(
      result.relations.map((r) => [r.type, r.to.match, r.since, r.status, r.graphValue]),
    ).toEqual([['MEMBER_OF', 'ess-france', '2017', 'CONTRADICTS', '2015-01']]);
  });

  it('says so in the text report, and that accepting records a dispute', () => {
    const text = formatOutcome(importProfile(bytes(CONTRADICTING), 'mes.txt', matcher));
    expect(text).toContain('proposes founded 2004\n    CONTRADICTS the graph: founded 2002-03;');
    expect(text).toContain('CONTRADICTS the graph: since 2015-01; accepting records a dispute');
    expect(text).toContain('proposes resources: 5 videos\n');
  });

  it('finds the MES seed’s founding year and counts in the graph, and no contradiction', () => {
    const seed = readFileSync(new URL('../fixtures/profiles/00-mes-socioeco.txt', import.meta.url));
    const result = importProfile(seed, 'mes.txt', matcher);
    expect(result.facts?.map((fact) => [fact.field, fact.status])).toEqual([
      ['founded', 'IN_GRAPH'],
      ['resourceCounts', 'IN_GRAPH'],
    ]);
    // The page dates the SSE Village 2004, the graph November 2003: a dispute the graph already records.
    const village = result.relations.find((r) => r.to.match === 'vess-2003');
    expect([village?.since, village?.status]).toEqual(['2004', 'IN_GRAPH']);
  });

  it('contradicts nothing when the page or the graph gives no year', () => {
    const result = importProfile(
      bytes(`Mouvement pour l'Economie Solidaire (MES)\n\nThe MES is a member of ESS France.`),
      'mes.txt',
      matcher,
    );
    expect(result.relations.map((r) => [r.to.match, r.status])).toEqual([
      ['ess-france', 'IN_GRAPH'],
    ]);
  });
});
