import { describe, expect, it } from 'vitest';
import { versionWaitMs } from '../../src/plugins/response-cache.js';
import { VersionGate } from '../../src/plugins/version-gate.js';

/** A version store whose reads finish only when the test says so, recording when each started. */
function controlledReads() {
  let version = 1;
  const pending: Array<() => void> = [];
  const started: number[] = [];
  return {
    read: () =>
      new Promise<number>((resolve) => {
        started.push(version);
        // The read sees the version of the moment it started, as a database read would.
        const seen = version;
        pending.push(() => resolve(seen));
      }),
    write: () => {
      version += 1;
    },
    finishOne: async () => {
      pending.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
    started,
  };
}

describe('VersionGate', () => {
  it('makes a request that arrives during a read wait for a read started after it', async () => {
    const store = controlledReads();
    const gate = new VersionGate(store.read);
    const early = gate.current();
    store.write();
    const late = gate.current();
    await store.finishOne();
    await expect(early).resolves.toBe(1);
    await store.finishOne();
    await expect(late).resolves.toBe(2);
  });

  it('shares one read among all the requests that arrive during the previous one', async () => {
    const store = controlledReads();
    const gate = new VersionGate(store.read);
    const first = gate.current();
    const waiting = Array.from({ length: 10 }, () => gate.current());
    await store.finishOne();
    await store.finishOne();
    await Promise.all([first, ...waiting]);
    expect(store.started).toHaveLength(2);
  });

  it('reports a change of version once, and survives a failed read', async () => {
    const changes: number[] = [];
    let next: () => Promise<number> = async () => 1;
    const gate = new VersionGate(
      () => next(),
      (version) => changes.push(version),
    );
    await gate.current();
    await gate.current();
    next = async () => {
      throw new Error('database away');
    };
    await expect(gate.current()).rejects.toThrow('database away');
    next = async () => 2;
    await expect(gate.current()).resolves.toBe(2);
    expect(changes).toEqual([2]);
  });
});

describe('VersionGate with spacing', () => {
  it('keeps reads the spacing apart while requests keep arriving, each after those it serves', async () => {
    const starts: number[] = [];
    let version = 1;
    const gate = new VersionGate(
      async () => {
        starts.push(performance.now());
        return version;
      },
      undefined,
      30,
    );
    await expect(gate.current()).resolves.toBe(1);
    version = 2;
    const asked = performance.now();
    const waiting = [gate.current()];
    // One more request in each turn of the event loop, for longer than the spacing.
    while (performance.now() - asked < 40) {
      waiting.push(gate.current());
      await new Promise((resolve) => setImmediate(resolve));
    }
    const versions = await Promise.all(waiting);
    expect(new Set(versions)).toEqual(new Set([2]));
    const [first = 0, second = 0] = starts;
    expect(second - first).toBeGreaterThanOrEqual(29);
    expect(second).toBeGreaterThanOrEqual(asked);
    // Everyone who arrived before the second read shared it; later ones shared the third.
    expect(starts.length).toBeLessThanOrEqual(3);
  });

  it('starts the next read before the spacing once a turn of the event loop brings no request', async () => {
    const starts: number[] = [];
    const gate = new VersionGate(
      async () => {
        starts.push(performance.now());
        return starts.length;
      },
      undefined,
      30,
    );
    await gate.current();
    const asked = performance.now();
    // A burst: five requests in the same turn, then none.
    const burst = Array.from({ length: 5 }, () => gate.current());
    await expect(Promise.all(burst)).resolves.toEqual([2, 2, 2, 2, 2]);
    expect(starts).toHaveLength(2);
    const [first = 0, second = 0] = starts;
    expect(second - first).toBeLessThan(30);
    expect(second).toBeGreaterThanOrEqual(asked);
  });

  it('reads at once when the last read is older than the spacing', async () => {
    let reads = 0;
    const gate = new VersionGate(async () => ++reads, undefined, 5);
    await gate.current();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = gate.current();
    // Started within the call, not after a timer.
    expect(reads).toBe(2);
    await expect(second).resolves.toBe(2);
  });
});

describe('versionWaitMs', () => {
  it('keeps the wait for the version read a small share of the request deadline', () => {
    expect(versionWaitMs(15_000)).toBe(500);
    expect(versionWaitMs(1_600)).toBe(100);
  });
});
