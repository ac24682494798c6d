import type { Written } from './run-export.js';

const EVERY_MS = 2_000;

/**
 * Progress of a long export on standard error: a line every 2 s ("12000 nodes, 3000 edges
 * written"), redrawn in place on a terminal; nothing for an export that ends sooner.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = started;
  let shown = false;
  return {
    onPage(written: Written): void {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      shown = true;
      const line = `${written.nodes} nodes, ${written.edges} edges written (${Math.round((now - started) / 1000)} s)`;
      stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
    },
    /** Ends the redrawn line, so the summary starts on its own. */
    done(): void {
      if (shown && stream.isTTY) stream.write('\n');
    },
  };
}
