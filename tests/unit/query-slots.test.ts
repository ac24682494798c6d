import { describe, expect, it } from 'vitest';
import { querySlots } from '../../src/db/query-slots.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('querySlots', () => {
  it('runs at most its number of pieces of work at once, the others in the order they came', async () => {
    const slots = querySlots(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const work = (id: number) =>
      slots(async () => {
        started.push(id);
        running += 1;
        most = Math.max(most, running);
        await tick();
        running -= 1;
        return id;
      });
    const results = await Promise.all([1, 2, 3, 4, 5].map(work));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });

  it('passes a failure on and frees its slot, a synchronous throw included', async () => {
    const slots = querySlots(1);
    await expect(slots(() => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    await expect(
      slots(() => {
        throw new Error('thrown');
      }),
    ).rejects.toThrow('thrown');
    await expect(slots(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a concurrency that is not a positive integer', () => {
    expect(() => querySlots(0)).toThrow(TypeError);
    expect(() => querySlots(1.5)).toThrow(TypeError);
  });
});
