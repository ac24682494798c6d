import type { Driver } from 'neo4j-driver';
import type { DomainError } from '../domain-error.js';
import { databaseUnavailableError } from './errors.js';

interface Closing {
  closed: boolean;
  /** How to fail each piece of work under way. */
  pending: Set<(error: DomainError) => void>;
}

// One per driver, shared by every view of a database (they share its driver).
const closings = new WeakMap<Driver, Closing>();

function closingOf(driver: Driver): Closing {
  let closing = closings.get(driver);
  if (!closing) {
    closing = { closed: false, pending: new Set() };
    closings.set(driver, closing);
  }
  return closing;
}

const closedError = () => databaseUnavailableError(new Error('the database connection was closed'));

/**
 * `work`, failed with DATABASE_UNAVAILABLE if the driver is closed first: neo4j-driver leaves a
 * query under way pending forever then (an export's page read ahead would hang its export).
 */
export function settledOnClose<T>(driver: Driver, work: PromiseLike<T>): Promise<T> {
  const closing = closingOf(driver);
  if (closing.closed) {
    // Nothing awaits `work` then: a promise's later failure must not be an unhandled rejection (a
    // driver result is lazy, so it is left alone rather than started by a `then`).
    if (work instanceof Promise) work.catch(() => {});
    return Promise.reject(closedError());
  }
  return new Promise<T>((resolve, reject) => {
    closing.pending.add(reject);
    work.then(
      (value) => {
        closing.pending.delete(reject);
        resolve(value);
      },
      (error: unknown) => {
        closing.pending.delete(reject);
        reject(error);
      },
    );
  });
}

/** Fails the work under way on this driver (and any started later). */
export function markClosed(driver: Driver): void {
  const closing = closingOf(driver);
  closing.closed = true;
  const error = closedError();
  for (const fail of closing.pending) fail(error);
  closing.pending.clear();
}

/** True once the driver was closed. */
export const isClosed = (driver: Driver): boolean => closingOf(driver).closed;
