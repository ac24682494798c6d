import { describe, expect, it } from 'vitest';
import { pinnedCounts } from '../../src/dataset/coverage.js';
import { readDataset } from '../../src/dataset/read-dataset.js';
import { DatasetValidationError } from '../../src/dataset/types.js';
import { DatasetCopy } from '../support/dataset-copy.js';
import { CURATED_COUNTS } from '../support/facts.js';

function issuesOf(copy: DatasetCopy): string[] {
  try {
    readDataset(copy.dir);
  } catch (error) {
    if (error instanceof DatasetValidationError) return error.message.split('\n').slice(1);
    throw error;
  }
  throw new Error('expected the dataset to be rejected');
}

const RELATION = (fields: string) => `- from: mes\n  type: MEMBER_OF\n  to: urgenci\n${fields}`;

describe('the curated dataset in data/', () => {
  it('is valid and holds the number of facts tests/support/facts.ts gives', () => {
    expect(pinnedCounts(readDataset())).toEqual(CURATED_COUNTS);
  });

  it('encodes every founding member as MEMBER_OF with founding: true', () => {
    const { relations } = readDataset();
    expect(relations.filter((r) => r.role && /found|fondat/i.test(r.role))).toEqual([]);
    expect(relations.filter((r) => r.founding && r.type !== 'MEMBER_OF')).toEqual([]);
  });
});

describe('dataset validation', () => {
  it('rejects a relation naming an unknown key, with file, line, entry and field', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  sources: [S1]').replace('urgenci', 'nowhere'),
    );
    const [issue, ...rest] = issuesOf(copy);
    expect(rest).toEqual([]);
    expect(issue).toMatch(
      /relations\.yaml:\d+ entry \d+ \(mes MEMBER_OF nowhere\): unknown key "nowhere" in "to"/,
    );
  });

  it('rejects duplicate keys across node files', () => {
    const copy = new DatasetCopy().append(
      'events.yaml',
      '- key: mes\n  kind: Event\n  name: A second MES\n  sources: [S1]',
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(/events\.yaml:\d+ entry \d+ \(mes\): duplicate key "mes"/),
    ]);
  });

  it('rejects an unknown relation type and lists the known ones', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  sources: [S1]').replace('MEMBER_OF', 'ADMIRES'),
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(
        /\(mes ADMIRES urgenci\): unknown relation type "ADMIRES" \(known: MEMBER_OF, PARTICIPATES_IN/,
      ),
    ]);
  });

  it('rejects a fact without a source', () => {
    const copy = new DatasetCopy().append('relations.yaml', RELATION('  role: member'));
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(/\(mes MEMBER_OF urgenci\): names no source/),
    ]);
  });

  it('rejects a node without a source and an unknown source id', () => {
    const copy = new DatasetCopy()
      .append('events.yaml', '- key: lonely-event\n  kind: Event\n  name: Lonely')
      .append('relations.yaml', RELATION('  sources: [S999]'));
    const issues = issuesOf(copy);
    expect(issues).toContainEqual(expect.stringMatching(/\(lonely-event\): names no source/));
    expect(issues).toContainEqual(
      expect.stringMatching(/unknown source "S999" \(not in sources\.yaml nor data\/sources\/\)/),
    );
  });

  it('rejects a malformed date and an impossible one', () => {
    const copy = new DatasetCopy()
      .append('relations.yaml', RELATION('  since: "2015-13"\n  sources: [S1]'))
      .replace('actors.yaml', 'date: "2002-03"', 'date: "2002-02-30"');
    const issues = issuesOf(copy);
    expect(issues).toContainEqual(expect.stringMatching(/"since" is not a date: "2015-13"/));
    expect(issues).toContainEqual(
      expect.stringMatching(
        /actors\.yaml:\d+ entry 1 \(mes\): "founded\.date" is not a date: "2002-02-30"/,
      ),
    );
  });

  it('rejects an unknown field, naming it', () => {
    const copy = new DatasetCopy().replace(
      'actors.yaml',
      '  scope: national\n  resourceCounts:',
      '  colour: red\n  scope: national\n  resourceCounts:',
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(/actors\.yaml:\d+ entry 1 \(mes\): unknown field "colour"/),
    ]);
  });

  it('rejects a disputed fact without a note and a repeated relation', () => {
    const copy = new DatasetCopy()
      .append('relations.yaml', RELATION('  disputed: true\n  sources: [S1]'))
      .append('relations.yaml', RELATION('  sources: [S1]'));
    const issues = issuesOf(copy);
    expect(issues).toContainEqual(expect.stringMatching(/is disputed but has no "note"/));
    expect(issues).toContainEqual(expect.stringMatching(/repeats an earlier relation/));
  });

  it('accepts a start and an end within the same year at different precisions', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  since: "2015-03"\n  until: "2015"\n  sources: [S1]'),
    );
    expect(() => readDataset(copy.dir)).not.toThrow();
  });

  it('rejects an end before the start', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  since: "2015-03"\n  until: "2014"\n  sources: [S1]'),
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(/"until" 2014 is before "since" 2015-03/),
    ]);
  });

  it('checks every field of an alternative founding claim', () => {
    const copy = new DatasetCopy().replace(
      'actors.yaml',
      '      - { date: "2000-01", sources: [S36] }',
      '      - { date: "2000-01", sources: [S36], plaec: Montreal }\n      - { date: "Jan 2000" }',
    );
    const issues = issuesOf(copy);
    expect(issues).toContainEqual(
      expect.stringMatching(/\(gesq\): unknown field "founded\.alternatives\[0\]\.plaec"/),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/"founded\.alternatives\[1\]\.date" is not a date/),
    );
    expect(issues).toContainEqual(
      expect.stringMatching(/founded\.alternatives\[1\]\.sources|needs at least one source/),
    );
  });

  it('rejects a source language that is not an ISO 639-1 code', () => {
    const copy = new DatasetCopy().replace(
      'sources.yaml',
      'title: socioeco.org actor profile of MES\n  language: en',
      'title: socioeco.org actor profile of MES\n  language: English',
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(
        /sources\.yaml:\d+ entry 1 \(S1\): "language" must be an ISO 639-1 code/,
      ),
    ]);
  });

  it('rejects a role that says "founding member", pointing to founding: true', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  role: founding member; board member\n  sources: [S1]'),
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(
        /\(mes MEMBER_OF urgenci\): "role" says "founding member; board member": mark a founding member with `founding: true`/,
      ),
    ]);
    const french = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  role: membre fondateur\n  sources: [S1]'),
    );
    expect(issuesOf(french)).toEqual([expect.stringMatching(/`founding: true` instead/)]);
  });

  it('rejects founding: true on a relation other than MEMBER_OF', () => {
    const copy = new DatasetCopy().append(
      'relations.yaml',
      RELATION('  founding: true\n  sources: [S1]').replace('MEMBER_OF', 'PARTICIPATES_IN'),
    );
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(
        /\(mes PARTICIPATES_IN urgenci\): `founding: true` is only for MEMBER_OF; a founding without membership is a FOUNDED relation/,
      ),
    ]);
  });

  it('rejects a pair with both a founding MEMBER_OF and a FOUNDED', () => {
    const copy = new DatasetCopy()
      .append('relations.yaml', RELATION('  founding: true\n  sources: [S1]'))
      .append('relations.yaml', RELATION('  sources: [S1]').replace('MEMBER_OF', 'FOUNDED'));
    expect(issuesOf(copy)).toEqual([
      expect.stringMatching(
        /\(mes FOUNDED urgenci\): has both a founding MEMBER_OF and a FOUNDED for the same pair/,
      ),
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const copy = new DatasetCopy().append('relations.yaml', '- from: [unclosed');
    expect(issuesOf(copy)).toContainEqual(
      expect.stringMatching(/relations\.yaml:\d+: YAML syntax/),
    );
  });

  it('reports every issue at once, not only the first', () => {
    const copy = new DatasetCopy()
      .append('relations.yaml', RELATION('  sources: [S1]').replace('urgenci', 'nowhere'))
      .append('relations.yaml', RELATION('  role: x').replace('MEMBER_OF', 'FUNDS'));
    expect(issuesOf(copy)).toHaveLength(2);
  });
});
