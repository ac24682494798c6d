import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DomainError } from '../../src/domain-error.js';
import { SharedComputations } from '../../src/graph/shared-computations.js';

/** A computation settled by hand: `answer` or `fail` it when the test says. */
function pending<T>() {
  let answer!: (value: T) => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<T>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  return { promise, answer, fail };
}

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));

describe('SharedComputations: a request joining a running computation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shares the answer: one computation for two requests', async () => {
    const shared = new SharedComputations<string>(10);
    const first = pending<string>();
    const compute = vi.fn(() => first.promise);
    const a = shared.get('q', 1_000, compute);
    const b = shared.get('q', 1_000, compute);
    first.answer('answer');
    await expect(Promise.all([a, b])).resolves.toEqual(['answer', 'answer']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('waits no longer than its own deadline, and the first request still gets its answer', async () => {
    const shared = new SharedComputations<string>(10);
    const first = pending<string>();
    const a = shared.get('q', 10_000, () => first.promise);
    const b = shared.get('q', 100, () => Promise.resolve('unused'));
    const bCode = b.catch(codeOf);
    await vi.advanceTimersByTimeAsync(100);
    expect(await bCode).toBe('QUERY_TIMEOUT');
    first.answer('late answer');
    await expect(a).resolves.toBe('late answer');
    // The answer is kept for the next request.
    await expect(shared.get('q', 100, () => Promise.resolve('again'))).resolves.toBe('late answer');
  });

  it("computes again within its own deadline when the first request's deadline failed it", async () => {
    const shared = new SharedComputations<string>(10);
    const first = pending<string>();
    const a = shared.get('q', 100, () => first.promise);
    const aCode = a.catch(codeOf);
    const recompute = vi.fn(() => Promise.resolve('own answer'));
    const b = shared.get('q', 10_000, recompute);
    const c = shared.get('q', 10_000, recompute);
    first.fail(new DomainError('QUERY_TIMEOUT', 'the first request ran out of time'));
    expect(await aCode).toBe('QUERY_TIMEOUT');
    await expect(Promise.all([b, c])).resolves.toEqual(['own answer', 'own answer']);
    // The two requests still within their time share one new computation.
    expect(recompute).toHaveBeenCalledTimes(1);
  });

  it('passes the failure on when its own deadline has passed too', async () => {
    const shared = new SharedComputations<string>(10);
    const first = pending<string>();
    void shared.get('q', 200, () => first.promise).catch(() => {});
    const recompute = vi.fn(() => Promise.resolve('unused'));
    const b = shared.get('q', 100, recompute).catch(codeOf);
    await vi.advanceTimersByTimeAsync(200);
    first.fail(new DomainError('QUERY_TIMEOUT', 'late'));
    expect(await b).toBe('QUERY_TIMEOUT');
    expect(recompute).not.toHaveBeenCalled();
  });

  it('keeps at most its number of answers, the least used dropped first', async () => {
    const shared = new SharedComputations<string>(2);
    const compute = vi.fn((answer: string) => Promise.resolve(answer));
    await shared.get('a', 100, () => compute('a'));
    await shared.get('b', 100, () => compute('b'));
    await shared.get('a', 100, () => compute('a'));
    await shared.get('c', 100, () => compute('c'));
    // "b" was the least used: dropped and computed again; "a" was kept.
    await shared.get('a', 100, () => compute('a'));
    await shared.get('b', 100, () => compute('b'));
    expect(compute.mock.calls.map(([answer]) => answer)).toEqual(['a', 'b', 'c', 'b']);
  });
});
