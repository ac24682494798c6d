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

describe('versionWaitMs', () => {
  it('keeps the wait for the version read a small share of the request deadline', () => {
    expect(versionWaitMs(15_000)).toBe(500);
    expect(versionWaitMs(1_600)).toBe(100);
  });
});
