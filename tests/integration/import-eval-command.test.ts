// `npm run import:eval` against the test database: several splits in one run, pooled, totals only, page kinds, confidence bands, unknown splits.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { PROJECT_ROOT, runScript } from '../support/processes.js';

const profiles = join(PROJECT_ROOT, 'tests/fixtures/profiles');
const PAGES = [
  '01-reseau-lumiere-solidaire',
  '02-northwind-commons',
  '03-atelier-des-communs-ruraux',
];
let db: Database;
let dir: string;

/** `npm run import:eval -- DIR ARGS` against the test database (DIR: the shared directory unless given). */
const evalCommand = (...args: string[]) => evalIn(dir, ...args);
const evalIn = (directory: string, ...args: string[]) =>
  runScript('src/cli/import-eval.ts', testNeo4jEnv(), 120_000, [directory, ...args]);

/** The shared fixtures' pages copied into DIR. */
const copyPages = (directory: string, pages: readonly string[]) => {
  for (const page of pages)
    for (const suffix of ['.txt', '.expected.json'])
      copyFileSync(join(profiles, `${page}${suffix}`), join(directory, `${page}${suffix}`));
};

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  // Three shared fixtures in a directory of their own, split as a curator might split a round.
  dir = mkdtempSync(join(tmpdir(), 'import-eval-'));
  copyPages(dir, PAGES);
  writeFileSync(
    join(dir, 'split.json'),
    JSON.stringify({
      first: [`${PAGES[0]}.txt`],
      rest: [`${PAGES[1]}.txt`, `${PAGES[2]}.txt`],
      silent: ['04-silent.txt'],
    }),
  );
  // A page that states no relation the importer reads, while one is expected: nothing proposed.
  writeFileSync(
    join(dir, '04-silent.txt'),
    'Atelier Silencieux\n\nL’Atelier Silencieux est une association de quartier.\n',
  );
  writeFileSync(
    join(dir, '04-silent.expected.json'),
    JSON.stringify({
      actor: {
        match: null,
        name: 'Atelier Silencieux',
        acronym: null,
        founded: null,
        resourceCounts: [],
      },
      relations: [
        {
          from: { match: null, name: 'Atelier Silencieux' },
          type: 'MEMBER_OF',
          to: { match: null, name: 'Union des Ateliers' },
          since: null,
          founding: false,
        },
      ],
    }),
  );
  // Two pages labelled, the third not: an unlabelled page gets no kind line.
  writeKinds(dir, { [`${PAGES[0]}.txt`]: 'about', [`${PAGES[1]}.txt`]: 'list' });
});

/** `--split A --split B …` */
const splits = (...names: string[]) => names.flatMap((name) => ['--split', name]);

const writeKinds = (directory: string, kinds: Record<string, string>) =>
  writeFileSync(join(directory, 'page-kinds.json'), JSON.stringify(kinds));

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import:eval', () => {
  it('scores several splits in one run, in the order asked, with each page in a table', async () => {
    const { code, stdout } = await evalCommand(...splits('rest', 'first'));
    expect(code).toBe(0);
    const rest = stdout.indexOf('rest: 2 profiles');
    const first = stdout.indexOf('first: 1 profiles');
    expect(rest).toBeGreaterThan(-1);
    expect(first).toBeGreaterThan(rest);
    expect(stdout).toContain(`${PAGES[1]}.txt`);
    expect(stdout).toContain('relations: precision 1.00, recall 1.00');
  });

  it('prints only the totals with --summary, never a page of the split', async () => {
    const { code, stdout } = await evalCommand('--split', 'rest', '--summary');
    expect(code).toBe(0);
    expect(stdout).toContain('rest: 2 profiles');
    expect(stdout).toContain('actor fields exact: 1.00 of fields, 1.00 of profiles');
    for (const page of PAGES) expect(stdout).not.toContain(page);
    expect(stdout).not.toContain('first:');
  });

  it('scores the splits asked as one pool with --pool, with a line per kind of page', async () => {
    const { code, stdout } = await evalCommand(...splits('first', 'rest'), '--pool', '--summary');
    expect(code).toBe(0);
    expect(stdout).toContain('first+rest: 3 profiles');
    expect(stdout).not.toMatch(/^first: /mu);
    expect(stdout).toContain('  kind about (1 profiles): precision 1.00, recall 1.00');
    expect(stdout).toContain('  kind list (1 profiles): precision 1.00, recall 1.00');
    expect(stdout.match(/ {2}kind /gu)).toHaveLength(2);
  });

  it('gives no precision for a split that proposes nothing, instead of 1.00', async () => {
    const { code, stdout } = await evalCommand(...splits('silent'), '--summary');
    expect(code).toBe(0);
    expect(stdout).toContain('silent: 1 profiles, 1 relations expected');
    expect(stdout).toContain('relations: precision — (nothing proposed), recall 0.00');
  });

  it('prints with --by-confidence how many proposals of each confidence band are right', async () => {
    const { code, stdout } = await evalCommand(
      ...splits('first', 'rest'),
      '--pool',
      '--summary',
      '--by-confidence',
    );
    expect(code).toBe(0);
    const bands = [
      ...stdout.matchAll(
        /^ {2}confidence (\S+(?: \S+)?): (\d+) proposed, (\d+) right \((\d\.\d\d)\)$/gmu,
      ),
    ];
    expect(bands.length).toBeGreaterThan(0);
    // The shared fixtures score 1.00: every proposal of every band is right.
    for (const [, , proposed, right, share] of bands) {
      expect(right).toBe(proposed);
      expect(share).toBe('1.00');
    }
    expect((await evalCommand('--split', 'first', '--summary')).stdout).not.toContain('confidence');
  });

  it('refuses a page-kinds file with a kind outside the vocabulary, naming it and the page', async () => {
    // A directory of its own, so that no other test sees the bad kinds file.
    const own = mkdtempSync(join(tmpdir(), 'import-eval-kinds-'));
    try {
      copyPages(own, [PAGES[0] as string]);
      writeFileSync(join(own, 'split.json'), JSON.stringify({ first: [`${PAGES[0]}.txt`] }));
      writeKinds(own, { [`${PAGES[0]}.txt`]: 'blog' });
      const { code, stdout, stderr } = await evalIn(own, '--split', 'first');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(
        `unknown page kind "blog" (${PAGES[0]}.txt): the kinds are about, list, undertaking, news`,
      );
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('names every unknown split and the known ones, with exit code 2 and nothing on stdout', async () => {
    const { code, stdout, stderr } = await evalCommand(...splits('first', 'sealed', 'nope'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown split "sealed", "nope": the splits are first, rest, silent');
  });
});
