import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { newQueryStats } from '../../src/db/database.js';
import { scoreFile, totals } from '../../src/import/evaluate.js';
import { type GraphName, readGraphNames } from '../../src/import/graph-names.js';
import { Matcher } from '../../src/import/match.js';
import { importProfile, type ProfileResult } from '../../src/import/profile-import.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';
import { testNeo4jEnv } from '../support/neo4j-pool.js';
import { PROJECT_ROOT } from '../support/processes.js';

const profiles = join(PROJECT_ROOT, 'tests/fixtures/profiles');
const run = promisify(execFile);
let db: Database;
let names: GraphName[];

/** `npm run import -- ARGS` against the test database. */
async function importCommand(...args: string[]) {
  const env = {
    ...process.env,
    ...testNeo4jEnv(),
  };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/import.ts', ...args],
      { cwd: PROJECT_ROOT, env, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  const stats = newQueryStats();
  names = await readGraphNames(db.withStats(stats));
  expect(stats.byName).toEqual({ importGraphNames: 1 });
});

afterAll(async () => {
  await db?.close();
});

describe('import dry run on the curated graph', () => {
  it('reads every node name in one named query, as the unit tests assume', () => {
    const normalised = (list: GraphName[]) =>
      list
        .map((entry) => ({ ...entry, aliases: [...new Set(entry.aliases)].sort() }))
        .sort((a, b) => a.key.localeCompare(b.key));
    const fixture = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'tests/fixtures/graph-names.json'), 'utf8'),
    ) as GraphName[];
    expect(normalised(names)).toEqual(normalised(fixture));
  });

  it('scores precision and recall 1.0 on the fixtures against the real graph', () => {
    const matcher = new Matcher(names);
    const files = readdirSync(profiles).filter((file) => /\.(txt|html)$/.test(file));
    const scores = files.map((file) => {
      const expected = JSON.parse(
        readFileSync(join(profiles, file.replace(/\.\w+$/, '.expected.json')), 'utf8'),
      ) as ProfileResult;
      return scoreFile(importProfile(readFileSync(join(profiles, file)), file, matcher), expected);
    });
    expect(totals(scores)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('prints the issue’s JSON shape for the MES seed and writes nothing', async () => {
    const before = await db.read('MATCH (n) RETURN count(n) AS nodes');
    const { code, stdout } = await importCommand(
      join(profiles, '00-mes-socioeco.txt'),
      '--dry-run',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as ProfileResult;
    expect(result.actor).toMatchObject({ match: 'mes', acronym: 'MES', founded: '2002' });
    expect(result.actor.resourceCounts).toHaveLength(7);
    expect(result.relations.map((r) => `${r.type} ${r.other?.match}`).sort()).toEqual([
      'CONTRIBUTED_TO guide-bonnes-pratiques',
      'CONTRIBUTED_TO loi-ess-2014',
      'EMERGED_FROM ires',
      'INITIATED sse-general-assembly-2012',
      'INITIATED vess-2003',
      'MEMBER_OF ctc',
      'MEMBER_OF ess-france',
      'MEMBER_OF ripess-europe',
      'PARTICIPATES_IN csess',
      'PARTICIPATES_IN ripess',
    ]);
    expect(Object.keys(result.relations[0] ?? {})).toEqual([
      'type',
      'direction',
      'other',
      'from',
      'to',
      'since',
      'role',
      'founding',
      'evidence',
      'confidence',
      'status',
    ]);
    expect(await db.read('MATCH (n) RETURN count(n) AS nodes')).toEqual(before);
  });

  it('refuses malformed files with a clear error per file, and a summary for the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
    try {
      writeFileSync(join(dir, 'empty.txt'), '');
      writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
      writeFileSync(join(dir, 'huge.txt'), 'a'.repeat(5 * 1024 * 1024));
      writeFileSync(
        join(dir, 'untitled.txt'),
        'It is a member of ESS France since 2015.\n\n3 Videos',
      );
      const { code, stdout, stderr } = await importCommand(dir, '--dry-run', '--json');
      expect(code).toBe(1);
      const outcomes = JSON.parse(stdout) as { file: string; error: { code: string } }[];
      expect(outcomes.map((o) => [o.file, o.error.code])).toEqual([
        ['binary.txt', 'BINARY'],
        ['empty.txt', 'EMPTY'],
        ['huge.txt', 'TOO_LARGE'],
        ['untitled.txt', 'NO_TITLE'],
      ]);
      expect(stderr).toContain('huge.txt: 5242880 bytes; a profile must be at most 1048576 bytes');
      expect(stderr).toMatch(/files refused\s*│\s*4/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a page in a language the rules do not read, in one line, unless --any-language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-lang-'));
    try {
      const page = join(dir, 'ress.txt');
      writeFileSync(
        page,
        'Red de Economía Solidaria del Sur (RESS)\n\nLa Red de Economía Solidaria del Sur fue creada en 2009 por un grupo de cooperativas, asociaciones y empresas de inserción que querían trabajar juntas. Hoy reúne a más de cuarenta entidades de la región y es miembro de REAS Red de Redes desde 2012.  Sus socias fundadoras fueron la cooperativa La Huerta y la asociación Tejiendo Barrio.\n',
      );
      const refused = await importCommand(page, '--dry-run');
      expect(refused.code).toBe(1);
      expect(
        refused.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('UNSUPPORTED_LANGUAGE')),
      ).toEqual([
        expect.stringMatching(
          /^UNSUPPORTED_LANGUAGE: ress\.txt: the page reads as spa .* --any-language/,
        ),
      ]);
      const insisted = await importCommand(page, '--dry-run', '--json', '--any-language');
      expect(insisted.code).toBe(0);
      expect(JSON.parse(insisted.stdout).actor.name).toBe('Red de Economía Solidaria del Sur');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which proposals contradict the graph, in text and in JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-contra-'));
    try {
      const page = join(dir, 'mes.txt');
      writeFileSync(
        page,
        "Mouvement pour l'Economie Solidaire (MES)\n\nThe Solidarity Economy Movement (MES) was founded in 2004 by regional networks. The MES has been an active member of ESS France since 2017.\n",
      );
      const json = await importCommand(page, '--dry-run', '--json');
      const result = JSON.parse(json.stdout) as ProfileResult;
      expect(result.facts?.[0]).toMatchObject({
        field: 'founded',
        value: '2004',
        status: 'CONTRADICTS',
        graphValue: '2002-03',
      });
      expect(result.relations[0]).toMatchObject({
        type: 'MEMBER_OF',
        since: '2017',
        status: 'CONTRADICTS',
        graphValue: '2015-01',
      });
      const text = await importCommand(page, '--dry-run');
      expect(text.stdout).toContain(
        'CONTRADICTS the graph: founded 2002-03; accepting records a dispute',
      );
      expect(text.stdout).toContain(
        'CONTRADICTS the graph: since 2015-01; accepting records a dispute',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses to write without --dry-run and points to the importProfile mutation', async () => {
    const { code, stderr } = await importCommand(join(profiles, '00-mes-socioeco.txt'));
    expect(code).toBe(2);
    expect(stderr).toContain('Only --dry-run is available');
    expect(stderr).toContain('importProfile');
  });
});
