import { type LocalNeo4j, type LocalNeo4jOptions, startLocalNeo4j } from './local-neo4j.js';

/** The local Neo4j kept running by the API process. */
export interface Supervisor {
  /** Stops watching and stops the database that runs now. */
  stop(): Promise<void>;
}

/** Waits before restart attempt `attempt` (1, 2, ...): 1 s, doubling, at most 30 s. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** (attempt - 1));
}

// A database that ran this long before dying starts the back-off over.
const HEALTHY_RUN_MS = 60_000;

/**
 * Restarts the local Neo4j on the same port and data directory whenever it dies, with back-off,
 * so the API serves again without outside help; meanwhile /ready says 503 (its pings fail) and
 * queries answer DATABASE_UNAVAILABLE. The driver reconnects by itself.
 */
export function superviseLocalNeo4j(
  first: LocalNeo4j,
  options: LocalNeo4jOptions,
  log: (line: string) => void = console.error,
  readiness: { markDown(): void; checkNow(): void } = { markDown: () => {}, checkNow: () => {} },
): Supervisor {
  let current = first;
  let stopping = false;
  let wake: () => void = () => {};

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const watch = async () => {
    let attempt = 0;
    for (;;) {
      const startedAt = Date.now();
      const reason = await current.crashed;
      if (stopping) return;
      // /ready says 503 at once rather than when the pings have failed for a while.
      readiness.markDown();
      if (Date.now() - startedAt > HEALTHY_RUN_MS) attempt = 0;
      for (;;) {
        attempt += 1;
        const wait = backoffMs(attempt);
        const what = attempt === 1 ? `${reason} unexpectedly` : 'is still down';
        log(
          `solidarity-graph: the local Neo4j ${what} (log: ${current.logFile}); restarting it in ${wait / 1000} s.`,
        );
        await pause(wait);
        if (stopping) return;
        try {
          current = await startLocalNeo4j({ ...options, log });
          log('solidarity-graph: the local Neo4j is back; serving again.');
          // /ready says 200 as soon as the database answers, not at the next ping.
          readiness.checkNow();
          break;
        } catch (error) {
          log(`solidarity-graph: the local Neo4j did not restart: ${String(error).split('\n')[0]}`);
        }
      }
    }
  };
  void watch();

  return {
    stop: async () => {
      stopping = true;
      wake();
      await current.stop();
    },
  };
}
