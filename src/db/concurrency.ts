import { queryTimeoutError } from './errors.js';
import { type QuerySlots, querySlots } from './query-slots.js';

/** What bounds one request's database work: a deadline and how many of its queries run at once. */
export interface RequestBudget {
  deadlineAt: number;
  timeoutMs: number;
  limit: QuerySlots;
}

export function createRequestBudget(timeoutMs: number, concurrency: number): RequestBudget {
  return {
    deadlineAt: Date.now() + timeoutMs,
    timeoutMs,
    limit: querySlots(concurrency),
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
    if (remainingMs <= 0) return Promise.reject(expired());
    const running = work(remainingMs);
    running.catch(() => {});
    // A timer per query, cleared when it settles: one per request (AbortSignal.timeout) lived for
    // the whole timeout, thousands of them at a time under load.
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(expired()), remainingMs);
      running.then(resolve, reject).finally(() => clearTimeout(timer));
    });
  });
}
