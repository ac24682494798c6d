import { spawn } from 'node:child_process';
import type { Cleanup } from './cleanup.js';

export interface ServerProcess {
  pid: number;
  /** Everything the process printed so far, for error messages. */
  output(): string;
}

/**
 * Starts `node ...args` as a server of its own (so its CPU is its own) and resolves once it prints
 * `ready`; it is stopped with SIGTERM by the cleanup.
 */
export function startServerProcess(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
  cleanup: Cleanup,
  timeoutMs = 120_000,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  cleanup.add(`stop ${name}`, async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${output}`));
    });
    child.stdout.on('data', () => {
      if (!output.includes(ready) || child.pid === undefined) return;
      clearTimeout(timer);
      resolve({ pid: child.pid, output: () => output });
    });
  });
}
