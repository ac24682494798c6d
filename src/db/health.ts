import type { Database } from './database.js';

const PING_TIMEOUT_MS = 5_000;

/** The outcome of the latest background ping, so `/ready` never waits behind user queries. */
export interface HealthMonitor {
  /** True when the latest ping succeeded and is recent (waits for the very first ping). */
  isReady(): Promise<boolean>;
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
  const tick = async () => {
    // A closed driver throws rather than answering false: that is not ready either.
    const ok = await db.ping(PING_TIMEOUT_MS).catch(() => false);
    if (ok) lastOkAt = Date.now();
    if (!stopped) timer = setTimeout(tick, intervalMs).unref();
  };
  const first = tick();
  return {
    isReady: async () => {
      await first;
      return Date.now() - lastOkAt < 3 * intervalMs + PING_TIMEOUT_MS;
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
