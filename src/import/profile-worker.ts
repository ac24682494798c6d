// A worker thread's entry: reads one profile away from the API's event loop (see read-off-loop.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { GraphName } from './graph-names.js';
import { Matcher } from './match.js';
import { ProfileError } from './parse.js';
import { importProfile } from './profile-import.js';

export interface ProfileJob {
  text: string;
  file: string;
  names: GraphName[];
  anyLanguage: boolean;
}

export type ProfileAnswer =
  | { ok: ReturnType<typeof importProfile> }
  | { refused: { code: ProfileError['code']; message: string } }
  | { failed: string };

function answer(job: ProfileJob): ProfileAnswer {
  try {
    return {
      ok: importProfile(Buffer.from(job.text, 'utf8'), job.file, new Matcher(job.names), {
        anyLanguage: job.anyLanguage,
      }),
    };
  } catch (error) {
    if (error instanceof ProfileError)
      return { refused: { code: error.code, message: error.message } };
    return { failed: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(answer(workerData as ProfileJob));
