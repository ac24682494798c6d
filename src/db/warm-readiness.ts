import type { HealthMonitor } from './health.js';

export interface WarmUpOptions {
  /** Attempts before giving up and serving anyway (a cold plan is slow, not broken). */
  attempts?: number;
  /** Wait before the second attempt; doubled after each failure. */
  retryDelayMs?: number;
  log?: { info(message: string): void; warn(message: string): void };
}

/**
 * Runs `warm` (which returns how long it took) until it succeeds: on a busy machine one attempt can
 * hit the query deadline while Neo4j plans, and the plan is then still not cached. Resolves
 * once it succeeded or the attempts ran out; never rejects.
 */
export async function warmUntilDone(
  warm: () => Promise<number>,
  { attempts = 5, retryDelayMs = 1_000, log = console }: WarmUpOptions = {},
): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const ms = await warm();
      log.info(`query plans warmed in ${(ms / 1000).toFixed(1)} s`);
      return true;
    } catch (error) {
      const last = attempt === attempts;
      log.warn(
        `could not warm the query plans (attempt ${attempt} of ${attempts}): ${String(error)}` +
          (last ? '; serving with cold plans' : ''),
      );
      if (!last)
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
    }
  }
  return false;
}

/**
 * `/ready` stays 503 until `warmed` settles: a load balancer then sends no traffic to a server whose
 * first subgraphs and timelines would each plan for seconds and drain the connection pool.
 */
export function readyAfter(health: HealthMonitor, warmed: Promise<unknown>): HealthMonitor {
  let done = false;
  void warmed.finally(() => {
    done = true;
  });
  return {
    isReady: async () => done && (await health.isReady()),
    checkNow: () => health.checkNow(),
    markDown: () => health.markDown(),
    stop: () => health.stop(),
  };
}
