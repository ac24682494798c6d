import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import pLimit from 'p-limit';
import type { GraphName } from './graph-names.js';
import { ProfileError } from './parse.js';
import type { ProfileResult } from './profile-import.js';
import type { ProfileAnswer, ProfileJob } from './profile-worker.js';

/** The profile was still being read at its deadline: its worker was stopped. */
export class ProfileTimeout extends Error {}

// One profile per core at most: the others wait rather than compete with the API for CPU.
const limit = pLimit(Math.max(1, availableParallelism() - 1));

// From the sources (tsx, tests) the worker needs the TypeScript loader; compiled, it needs nothing.
const fromSources = import.meta.url.endsWith('.ts');
const WORKER = new URL(`./profile-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
const WORKER_ARGS = fromSources ? [...process.execArgv, '--import', 'tsx'] : undefined;

function runWorker(job: ProfileJob, timeoutMs: number): Promise<ProfileAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: job, execArgv: WORKER_ARGS });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ProfileTimeout(`the profile was not read within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    worker.once('message', (answer: ProfileAnswer) => {
      clearTimeout(timer);
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Reads, matches and extracts one profile in a worker thread, so that the event loop keeps serving
 * other requests meanwhile; throws ProfileError for a text that is not a profile.
 */
export async function importProfileOffLoop(
  text: string,
  file: string,
  names: GraphName[],
  timeoutMs: number,
  anyLanguage = false,
): Promise<ProfileResult> {
  const answer = await limit(() => runWorker({ text, file, names, anyLanguage }, timeoutMs));
  if ('ok' in answer) return answer.ok;
  if ('refused' in answer) throw new ProfileError(answer.refused.code, answer.refused.message);
  throw new Error(`reading the profile failed: ${answer.failed}`);
}
