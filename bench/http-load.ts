import autocannon from 'autocannon';
import type { Samples } from './stats.js';

export interface HttpLoad {
  /** Names the run in error messages. */
  label: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** False for an answer that must count as a failure although it came back with 200. */
  verifyBody?: (text: string) => boolean;
}

/** Drives one POST over `connections` keep-alive connections for `seconds`; any failure rejects. */
export function runHttpLoad(load: HttpLoad): Promise<Samples> {
  const latenciesMs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        method: 'POST',
        headers: load.headers,
        body: load.body,
        connections: load.connections,
        duration: load.seconds,
        ...(load.verifyBody
          ? { verifyBody: (text: unknown) => typeof text === 'string' && !!load.verifyBody?.(text) }
          : {}),
      },
      (error: unknown, result) => {
        if (error) return reject(error);
        const failed = result.errors + result.non2xx + result.mismatches;
        if (failed > 0) {
          return reject(
            new Error(
              `${load.label}: ${result.errors} connection errors, ${result.non2xx} non-2xx, ${result.mismatches} bad answers during the run`,
            ),
          );
        }
        resolve({ latenciesMs, seconds: result.duration });
      },
    );
    // autocannon's own histogram has 1 ms resolution; cached answers are sub-millisecond.
    instance.on('response', (_client, _status, _bytes, ms) => latenciesMs.push(ms));
  });
}
