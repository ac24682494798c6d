import { Readable } from 'node:stream';
import { JsonStreamStringify } from 'json-stream-stringify';

/**
 * A JSON document written as it is read: `value` may hold arrays given as async iterables (read
 * on demand, in document order), so a whole graph is never one object in memory.
 */
export function jsonStream(value: Record<string, unknown>): Readable {
  return new JsonStreamStringify(value);
}

/** An array of the document whose items come from `items`, one at a time. */
export function streamedArray<T>(items: () => AsyncIterable<T>): Readable {
  // Created lazily: the iterable starts only when the writer reaches this array.
  return Readable.from(
    (async function* () {
      yield* items();
    })(),
    { highWaterMark: 1 },
  );
}
