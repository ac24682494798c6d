// `npm run import:eval` against the test database: several splits in one run, totals only, unknown splits.
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

/** `npm run import:eval -- DIR ARGS` against the test database. */
const evalCommand = (...args: string[]) =>
  runScript('src/cli/import-eval.ts', testNeo4jEnv(), 120_000, [dir, ...args]);

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  // Three shared fixtures in a directory of their own, split as a curator might split a round.
  dir = mkdtempSync(join(tmpdir(), 'import-eval-'));
  for (const page of PAGES)
    for (const suffix of ['.txt', '.expected.json'])
      copyFileSync(join(profiles, `${page}${suffix}`), join(dir, `${page}${suffix}`));
  writeFileSync(
    join(dir, 'split.json'),
    JSON.stringify({
      first: [`${PAGES[0]}.txt`],
      rest: [`${PAGES[1]}.txt`, `${PAGES[2]}.txt`],
    }),
  );
});

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import:eval', () => {
  it('scores several splits in one run, in the order asked, with each page in a table', async () => {
    const { code, stdout } = await evalCommand('--split', 'rest', '--split', 'first');
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

  it('names every unknown split and the known ones, exit code 2, before reading the graph', async () => {
    const { code, stdout, stderr } = await evalCommand(
      '--split',
      'first',
      '--split',
      'sealed',
      '--split',
      'nope',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown split "sealed", "nope": the splits are first, rest');
  });
});
