/** The debug switch: DEBUG=solidarity-graph:cypher (or a list containing it, or solidarity-graph:*). */
const enabled = (process.env.DEBUG ?? '')
  .split(',')
  .map((item) => item.trim())
  .some(
    (item) => item === 'solidarity-graph:cypher' || item === 'solidarity-graph:*' || item === '*',
  );

/** Logs a query's name, time and row count when the debug switch is on; never its parameters. */
export function logQuery(name: string, ms: number, rows: number): void {
  if (enabled) console.error(`solidarity-graph:cypher ${name} ${ms.toFixed(1)} ms ${rows} rows`);
}
