import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';

/**
 * An XML document written with xmlbuilder2's callback (streaming) API: `write` builds it step by
 * step and yields after each page; the text built so far goes out then, so memory holds one page.
 */
export async function* xmlStream(
  write: (xml: XMLBuilderCB) => AsyncIterable<unknown>,
): AsyncGenerator<string> {
  const chunks: string[] = [];
  let failure: Error | undefined;
  const xml = createCB({
    prettyPrint: true,
    data: (chunk: string) => {
      chunks.push(chunk);
    },
    error: (error: Error) => {
      failure = error;
    },
  });
  const flush = () => {
    if (failure) throw failure;
    return chunks.splice(0).join('');
  };
  for await (const _step of write(xml)) {
    const text = flush();
    if (text) yield text;
  }
  const rest = flush();
  if (rest) yield rest;
}
