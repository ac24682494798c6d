import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes a streamed export to `out` (through a `.partial` file renamed at the end, so a failed
 * export leaves no file that looks complete) or to `stdout`, with the destination's backpressure.
 */
export async function writeExport(
  body: AsyncIterable<Buffer>,
  out: string | undefined,
  stdout: Writable,
): Promise<void> {
  if (!out) {
    await pipeline(Readable.from(body), stdout, { end: false });
    return;
  }
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(body), createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
