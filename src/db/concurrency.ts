import pLimit, { type LimitFunction } from 'p-limit';
import { queryTimeoutError } from './errors.js';

/** What bounds one request's database work: a deadline and how many of its queries run at once. */
export interface RequestBudget {
  deadlineAt: number;
  timeoutMs: number;
  signal: AbortSignal;
  limit: LimitFunction;
}

export function createRequestBudget(timeoutMs: number, concurrency: number): RequestBudget {
  return {
    deadlineAt: Date.now() + timeoutMs,
    timeoutMs,
    signal: AbortSignal.timeout(timeoutMs),
    limit: pLimit(concurrency),
  };
}

/**
 * Runs one database call within the request's budget: it waits for a free slot, gets the time left
 * as its server-side timeout, and is answered QUERY_TIMEOUT at the deadline even if Neo4j never
 * answers (the driver call is then left to fail on its own).
 */
export function withinBudget<T>(
  budget: RequestBudget | undefined,
  work: (remainingMs: number) => Promise<T>,
): Promise<T> {
  if (!budget) return work(Number.POSITIVE_INFINITY);
  const expired = () => queryTimeoutError(budget.timeoutMs);
  return budget.limit(() => {
    const remainingMs = budget.deadlineAt - Date.now();
    if (budget.signal.aborted || remainingMs <= 0) return Promise.reject(expired());
    const running = work(remainingMs);
    running.catch(() => {});
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(expired());
      budget.signal.addEventListener('abort', onAbort, { once: true });
      running.then(resolve, reject).finally(() => {
        budget.signal.removeEventListener('abort', onAbort);
      });
    });
  });
}
