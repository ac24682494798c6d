/**
 * The same pages, the next one asked for as soon as one is handed over: Neo4j reads page n+1 while
 * page n is written (two cores busy instead of one waiting on the other). At most one page is read
 * ahead; one under way when the consumer stops is left to settle on its own.
 */
export async function* readAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const source = pages[Symbol.asyncIterator]();
  const ask = () => {
    const next = source.next();
    // Its failure is thrown when awaited; until then (or if never) it is not an unhandled rejection.
    next.catch(() => {});
    return next;
  };
  let next = ask();
  for (;;) {
    const step = await next;
    if (step.done) return;
    next = ask();
    yield step.value;
  }
}
