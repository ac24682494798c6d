/**
 * The pages of `source`, each next one asked for before the current one is handed over: Neo4j
 * reads page N+1 while the writer turns page N into text, so neither waits for the other. At most
 * two pages are held.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const pages = source[Symbol.asyncIterator]();
  // A read failing while the consumer still writes the page before it is reported when awaited,
  // not as an unhandled rejection in between.
  const ask = () => {
    const asked = pages.next();
    asked.catch(() => undefined);
    return asked;
  };
  let next = ask();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = ask();
      yield current.value;
    }
  } finally {
    // The consumer stopped early (an error, the client left): the source is closed once the read
    // under way settles.
    next.then(
      () => pages.return?.(),
      () => undefined,
    );
  }
}
