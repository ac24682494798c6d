import { queryTimeoutError } from '../db/errors.js';

/** This request's own deadline passed while it waited for an answer another request computes. */
class OwnDeadlinePassed extends Error {}

/**
 * Answers being computed or computed, one per id, shared by the requests that ask for the same id.
 * A request that joins a computation another request started keeps its own deadline: it waits no
 * longer than its own time left, and when that computation failed (the first request's deadline
 * passed, an outage) it computes again within its own. At most `maxEntries` are kept, the least
 * used dropped first; a failure is not kept.
 */
export class SharedComputations<T> {
  // Insertion order is use order (a hit is moved to the end): the first entry is the least used.
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly maxEntries: number) {}

  clear(): void {
    this.entries.clear();
  }

  /** The answer for `id`; `timeLeftMs` is this request's own time left, `compute` runs within it. */
  async get(id: string, timeLeftMs: number, compute: () => Promise<T>): Promise<T> {
    const running = this.entries.get(id);
    if (!running) return this.started(id, compute);
    this.entries.delete(id);
    this.entries.set(id, running);
    const deadlineAt = Date.now() + timeLeftMs;
    const waited = (pending: Promise<T>) =>
      waitedUntil(pending, deadlineAt).catch((error: unknown) => {
        throw error instanceof OwnDeadlinePassed ? queryTimeoutError(timeLeftMs) : error;
      });
    try {
      return await waitedUntil(running, deadlineAt);
    } catch (error) {
      // This request's own deadline (a timer may fire a little early: the error says, not the clock).
      if (error instanceof OwnDeadlinePassed) throw queryTimeoutError(timeLeftMs);
      if (Date.now() >= deadlineAt) throw error;
      // Another request's failure, with time left here: compute again within this request's
      // deadline, or join the computation a request that saw the failure first started.
      const again = this.entries.get(id);
      return again && again !== running ? waited(again) : this.started(id, compute);
    }
  }

  private started(id: string, compute: () => Promise<T>): Promise<T> {
    const value = compute();
    this.entries.set(id, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    // A failure (deadline, outage) is not kept: the next request computes again.
    value.catch(() => {
      if (this.entries.get(id) === value) this.entries.delete(id);
    });
    return value;
  }
}

/** `pending`'s answer, or OwnDeadlinePassed at `deadlineAt`: a timer per wait, cleared when it settles. */
function waitedUntil<T>(pending: Promise<T>, deadlineAt: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OwnDeadlinePassed()), deadlineAt - Date.now());
    pending.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
