import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isClosed, markClosed, settledOnClose } from '../../src/db/closed-signal.js';

// A driver is only a key here: any object stands for one.
const driver = () => ({}) as Driver;

describe('settledOnClose', () => {
  it('gives the work its value while the driver is open', async () => {
    const open = driver();
    await expect(settledOnClose(open, Promise.resolve(3))).resolves.toBe(3);
    expect(isClosed(open)).toBe(false);
  });

  it('fails work under way, and work started later, once the driver is closed', async () => {
    const closing = driver();
    const underWay = settledOnClose(closing, new Promise<never>(() => {}));
    markClosed(closing);
    await expect(underWay).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await expect(settledOnClose(closing, Promise.resolve(1))).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
  });

  it('leaves no unhandled rejection when work handed over after the close fails', async () => {
    const closed = driver();
    markClosed(closed);
    let fail: (error: Error) => void = () => {};
    const work = new Promise<never>((_, reject) => {
      fail = reject;
    });
    await expect(settledOnClose(closed, work)).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
    fail(new Error('pool closed'));
    // One turn for an unhandled rejection to be reported (vitest fails the run on one).
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
