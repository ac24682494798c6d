import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/neo4j/free-port.js';
import { readRunningRecord } from '../../src/neo4j/running-record.js';
import { type Finished, PROJECT_ROOT, runProcess, startNode } from '../support/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-commands-'));
const outDir = mkdtempSync(join(tmpdir(), 'solidarity-graph-commands-out-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

// The commands read NEO4J_LOCAL_DATA and NEO4J_LOCAL_PORT as `npm start` does; no NEO4J_URI.
const localEnv = async () => ({
  NEO4J_URI: '',
  NEO4J_LOCAL_DATA: dataDir,
  NEO4J_LOCAL_PORT: String(await freePort()),
  NEO4J_LOCAL_HEAP: '256m',
});

/** `npm run -s <script> -- ...args`, as the README writes it, with this test's Node first on PATH. */
function npmRun(script: string, args: string[], env: Record<string, string>): Promise<Finished> {
  const path = `${dirname(process.execPath)}:${process.env.PATH}`;
  return runProcess('npm', ['run', '-s', script, '--', ...args], { ...env, PATH: path }, 170_000);
}

/** The four commands of the README, each with what its standard output must hold. */
const COMMANDS: { script: string; args: () => string[]; check: (run: Finished) => void }[] = [
  {
    script: 'token',
    args: () => ['create', '--name', `curator-${Date.now()}`, '--role', 'curator'],
    check: (run) => expect(run.stdout).toMatch(/^sg_[A-Za-z0-9_-]{43}\n$/),
  },
  {
    script: 'import',
    args: () => ['tests/fixtures/profiles/00-mes-socioeco.txt', '--dry-run', '--json'],
    check: (run) => expect(JSON.parse(run.stdout)).toHaveProperty('actor'),
  },
  {
    script: 'export',
    args: () => [
      '--format',
      'gexf',
      '--keys',
      'mes',
      '--depth',
      '1',
      '--out',
      join(outDir, 'mes.gexf'),
    ],
    check: (run) => {
      expect(run.stdout).toBe('');
      expect(readFileSync(join(outDir, 'mes.gexf'), 'utf8')).toMatch(/^<\?xml/);
      rmSync(join(outDir, 'mes.gexf'));
    },
  },
  {
    script: 'seed',
    args: () => [],
    check: (run) => expect(run.stdout).toMatch(/graph version: \d+/),
  },
];

describe('every command beside a running server', () => {
  it('uses the local Neo4j that `npm start` runs, rather than start a second one', async () => {
    const env = await localEnv();
    const server = startNode(['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env, PORT: String(await freePort()) },
    });
    try {
      const started = Date.now();
      while (!server.output().includes('ready in') && Date.now() - started < 170_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const record = readRunningRecord(dataDir);
      expect(record?.port).toBe(Number(env.NEO4J_LOCAL_PORT));
      for (const command of COMMANDS) {
        // Another NEO4J_LOCAL_PORT: a command that started its own Neo4j would be seen here.
        const run = await npmRun(command.script, command.args(), await localEnv());
        expect({ script: command.script, code: run.code, stderr: run.stderr }).toMatchObject({
          code: 0,
        });
        expect(run.stderr).toContain(`Using the local Neo4j already running at ${record?.uri}`);
        command.check(run);
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }, 600_000);

  it('without a server, each starts its own Neo4j and stops it when done', async () => {
    expect(readRunningRecord(dataDir)).toBeUndefined();
    for (const command of COMMANDS) {
      const run = await npmRun(command.script, command.args(), await localEnv());
      expect({ script: command.script, code: run.code, stderr: run.stderr }).toMatchObject({
        code: 0,
      });
      expect(run.stderr).toMatch(/Local Neo4j ready at /);
      command.check(run);
      const record = JSON.parse(
        existsSync(join(dataDir, 'neo4j-local.json'))
          ? readFileSync(join(dataDir, 'neo4j-local.json'), 'utf8')
          : 'null',
      );
      expect(record, `${command.script} left its Neo4j running`).toBeNull();
    }
  }, 600_000);

  it('with a wrong NEO4J_URI, each prints one line and exits non-zero', async () => {
    for (const command of COMMANDS) {
      const run = await npmRun(command.script, command.args(), {
        NEO4J_URI: 'bolt://127.0.0.1:1',
      });
      expect({ script: command.script, code: run.code }).toEqual({
        script: command.script,
        code: 1,
      });
      expect(run.stderr.trim()).toMatch(
        /^solidarity-graph: Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1[^\n]*NEO4J_URI[^\n]*$/,
      );
      expect(run.stdout).toBe('');
    }
  }, 300_000);
});
