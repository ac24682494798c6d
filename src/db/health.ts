import type { Database } from './database.js';

/** A ping unanswered this long counts as failed; the ping driver gives up connecting as soon. */
export const PING_TIMEOUT_MS = 5_000;

/** The outcome of the latest background ping, so `/ready` never waits behind user queries. */
export interface HealthMonitor {
  /** True when the latest ping succeeded and is recent (waits for the very first ping). */
  isReady(): Promise<boolean>;
  /** Pings now rather than at the next interval (the database just came back). */
  checkNow(): void;
  /** Not ready until the next successful ping (the database is known to have died). */
  markDown(): void;
  stop(): void;
}

/**
 * Pings Neo4j every `intervalMs` through `db` (best a dedicated one-connection driver, so a busy
 * pool cannot delay it). Ready while a ping succeeded within the last three intervals plus the
 * ping timeout, so one slow answer under load does not flip readiness.
 */
export function startHealthMonitor(db: Database, intervalMs: number): HealthMonitor {
  let lastOkAt = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  // Asked for while a ping ran: that ping may have started before the database came back.
  let again = false;
  const tick = (): Promise<void> => {
    // One ping at a time: a second would wait for the one connection of the ping driver.
    running ??= (async () => {
      clearTimeout(timer);
      // A closed driver throws rather than answering false: that is not ready either.
      const ok = await db.ping(PING_TIMEOUT_MS).catch(() => false);
      if (ok) lastOkAt = Date.now();
      running = undefined;
      if (stopped) return;
      if (again && !ok) {
        again = false;
        void tick();
      } else timer = setTimeout(tick, intervalMs).unref();
    })();
    return running;
  };
  const first = tick();
  return {
    isReady: async () => {
      await first;
      return Date.now() - lastOkAt < 3 * intervalMs + PING_TIMEOUT_MS;
    },
    checkNow: () => {
      if (stopped) return;
      if (running) again = true;
      else void tick();
    },
    markDown: () => {
      lastOkAt = 0;
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
