// Debug only: which reader or rule made a proposal, for an audit of readers; off unless a script turns it on.
// The tag is a symbol-keyed property, set only when tracing: no reading or proposal type declares it,
// JSON output skips it, and the spreads by which later passes copy a proposal carry it along.

/** The tag's key: private to this module, so only `readerOf` reads it. */
const READER = Symbol('reader');

type Traced = { [READER]?: string };

let tracing = false;

/** Turns the reader tag on (an audit script); the importer's output never carries it otherwise. */
export function traceReaders(on: boolean): void {
  tracing = on;
}

/** The reader or rule that made a reading or a proposal, when tracing was on; undefined otherwise. */
export function readerOf(item: object): string | undefined {
  return (item as Traced)[READER];
}

/** Each reading tagged with the rule that read it, when tracing; the same array otherwise. */
export function readBy<T extends object>(readings: T[], reader: string): T[] {
  return tracing ? readings.map((reading) => ({ ...reading, [READER]: reader })) : readings;
}

/** The proposal tagged with the rule that made it, when tracing; the same object otherwise. */
export function withReader<T extends object>(relation: T, reader: () => string): T {
  return tracing ? { ...relation, [READER]: reader() } : relation;
}

/** A merged proposal names the readers of both halves when each had one ("T3:items+structure:…"). */
export function mergeReaders(
  merged: object,
  a: object,
  b: object,
  join: (a: string, b: string) => string,
): void {
  const [first, second] = [readerOf(a), readerOf(b)];
  if (first && second) (merged as Traced)[READER] = join(first, second);
}
