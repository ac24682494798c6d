import { describe, expect, it } from 'vitest';
import { measureInterleaved } from '../../bench/measure.js';
import { loadSettings } from '../../bench/settings.js';

describe('the bench measures its sides in interleaved rounds', () => {
  it('takes turns forwards then backwards, and pools every slice of a side', async () => {
    const calls: string[] = [];
    const side = (name: string, latencyMs: number) => ({
      run: async (seconds: number) => {
        calls.push(`${name}:${seconds}`);
        return { latenciesMs: [latencyMs, latencyMs], seconds };
      },
    });
    const settings = { ...loadSettings({}), seconds: 3, rounds: 3, warmupSeconds: 0.5 };
    const measured = await measureInterleaved(
      'test',
      { first: side('first', 1), second: side('second', 2) },
      settings,
      undefined,
    );
    expect(calls).toEqual([
      'first:0.5',
      'second:0.5',
      'first:1',
      'second:1',
      'second:1',
      'first:1',
      'first:1',
      'second:1',
    ]);
    expect(measured.first).toMatchObject({
      requests: 6,
      seconds: 3,
      requestsPerSecond: 2,
      p50Ms: 1,
    });
    expect(measured.second).toMatchObject({ requests: 6, seconds: 3, p99Ms: 2 });
    expect(measured.second.cpuPerRequest.neo4jMs).toBeNull();
  });

  it('refuses a number of rounds that is not a whole positive number', () => {
    expect(loadSettings({}).rounds).toBe(5);
    expect(loadSettings({ BENCH_ROUNDS: '2' }).rounds).toBe(2);
    expect(() => loadSettings({ BENCH_ROUNDS: '0' })).toThrow(/BENCH_ROUNDS/);
    expect(() => loadSettings({ BENCH_ROUNDS: '1.5' })).toThrow(/BENCH_ROUNDS/);
  });
});
