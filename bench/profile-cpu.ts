import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startApi } from './api.js';
import { Cleanup } from './cleanup.js';
import { openBenchDatabase } from './database.js';
import { runGraphql } from './graphql-load.js';
import { OPERATIONS } from './operations.js';
import { loadSettings } from './settings.js';

// `npx tsx bench/profile-cpu.ts [b d ...]`: the API as the bench runs it (cache off) under
// `node --cpu-prof`, driven by the bench's operations (10 connections, BENCH_SECONDS each, 8 by
// default), then the profile's self time by function and by package. Where the API's CPU goes.
// V8's sampler also counts the time the process waits for a CPU where it was stopped (in `writev`
// most often) on a busy machine; with PROFILE_TOOL=perf, Linux `perf record -e cpu-clock` samples
// the measured part instead, on-CPU only (`--perf-basic-prof` names the JavaScript functions).
const cleanup = new Cleanup();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package> of a script URL, `src/<file>` for ours, the URL's kind otherwise. */
function packageOf(url: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1] as string;
  const ours = /\/(dist|src)\/(.+)$/.exec(url);
  if (ours) return `app: ${ours[2]}`;
  if (url.startsWith('node:')) return url;
  return url === '' ? '(native / V8)' : url;
}

function table(title: string, totals: Map<string, number>, all: number, rows: number): string {
  const lines = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, ms]) => `${((100 * ms) / all).toFixed(1).padStart(6)} %  ${name}`);
  return [`\n${title}`, ...lines].join('\n');
}

/** Self time per function and per package, in percent of the samples. */
function summarise(profile: CpuProfile, rows: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let all = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    all += micros;
    const where = packageOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  [${where}:${frame.lineNumber + 1}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byPackage.set(where, (byPackage.get(where) ?? 0) + micros);
  }
  return [
    `busy samples: ${(all / 1000).toFixed(0)} ms`,
    table('self time by package or file', byPackage, all, rows),
    table('self time by function', byFunction, all, rows),
  ].join('\n');
}

async function main(): Promise<void> {
  const ids = process.argv.slice(2);
  const operations = OPERATIONS.filter((op) => ids.length === 0 || ids.includes(op.id));
  const seconds = Number(process.env.BENCH_SECONDS ?? 8);
  const settings = loadSettings();
  const dir = join(process.env.PROFILE_DIR ?? '/tmp', `api-cpu-profile-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const { connection } = await openBenchDatabase(cleanup);
  const perf = process.env.PROFILE_TOOL === 'perf';
  const nodeArgs = perf ? ['--perf-basic-prof'] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  const api = await startApi(
    connection,
    { responseCache: false, runtime: settings.apiRuntime },
    cleanup,
    { nodeArgs },
  );
  // V8's profile also holds the start and this warm-up: keep it short next to the measured part.
  for (const operation of operations) await runGraphql(api.url, operation, 10, 2);
  const perfData = join(dir, 'perf.data');
  const recorder = perf
    ? spawn(
        'perf',
        ['record', '-e', 'cpu-clock', '-F', '997', '-g', '-o', perfData, '-p', String(api.pid)],
        {
          stdio: 'inherit',
        },
      )
    : undefined;
  for (const operation of operations) {
    const samples = await runGraphql(api.url, operation, settings.connections, seconds);
    console.log(`${operation.id}. ${operation.name}: ${samples.latenciesMs.length} requests`);
  }
  if (recorder) {
    recorder.kill('SIGINT');
    await new Promise((resolve) => recorder.once('exit', resolve));
    await cleanup.run();
    console.log(`perf data: ${perfData} (perf report -i ${perfData} --no-children --sort sym)`);
    return;
  }
  await cleanup.run();
  const [file] = (await readdir(dir)).filter((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
  console.log(`profile: ${join(dir, file)}`);
  console.log(summarise(profile, Number(process.env.PROFILE_ROWS ?? 40)));
  if (process.env.PROFILE_KEEP !== '1') await rm(dir, { recursive: true, force: true });
}

cleanup.runThenExit(main);
