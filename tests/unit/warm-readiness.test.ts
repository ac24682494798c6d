import { describe, expect, it } from 'vitest';
import type { HealthMonitor } from '../../src/db/health.js';
import { readyAfter, warmUntilDone } from '../../src/db/warm-readiness.js';

const quiet = { info: () => {}, warn: () => {} };
const healthy: HealthMonitor = {
  isReady: async () => true,
  checkNow: () => {},
  markDown: () => {},
  stop: () => {},
};

describe('warmUntilDone', () => {
  it('retries a warm-up that failed (a cold plan past the deadline) until it succeeds', async () => {
    let calls = 0;
    const warmed = await warmUntilDone(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('QUERY_TIMEOUT');
        return 10;
      },
      { retryDelayMs: 1, log: quiet },
    );
    expect({ warmed, calls }).toEqual({ warmed: true, calls: 3 });
  });

  it('gives up after the attempts and resolves false rather than rejecting', async () => {
    const warmed = await warmUntilDone(() => Promise.reject(new Error('down')), {
      attempts: 2,
      retryDelayMs: 1,
      log: quiet,
    });
    expect(warmed).toBe(false);
  });
});

describe('readyAfter', () => {
  it('is not ready until the warm-up settled, then follows the health monitor', async () => {
    let finish: (value: boolean) => void = () => {};
    const warmed = new Promise<boolean>((resolve) => {
      finish = resolve;
    });
    const health = readyAfter(healthy, warmed);
    expect(await health.isReady()).toBe(false);
    finish(true);
    await warmed;
    expect(await health.isReady()).toBe(true);
    expect(await readyAfter({ ...healthy, isReady: async () => false }, warmed).isReady()).toBe(
      false,
    );
  });
});
