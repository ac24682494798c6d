import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` from the project root with extra environment, up to `timeoutMs`. */
export function runProcess(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${[command, ...args].join(' ')} did not exit within ${timeoutMs} ms:\n${stdout}\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `tsx <script> [...args]` from the project root with extra environment, up to `timeoutMs`. */
export function runScript(
  script: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<Finished> {
  return runProcess(process.execPath, ['--import', 'tsx', script, ...args], env, timeoutMs);
}

export interface Started {
  child: ChildProcess;
  /** Everything written so far to stdout and stderr, interleaved. */
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `node ...args` and collects its output, for tests that talk to it while it runs. */
export function startNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Started {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}
