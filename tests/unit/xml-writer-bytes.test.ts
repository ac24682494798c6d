import { describe, expect, it } from 'vitest';
import { XmlWriter, xmlStream } from '../../src/export/xml-writer.js';

/** A document long enough to be encoded in several pieces, with characters of 1 to 4 UTF-8 bytes. */
function write(xml: XmlWriter): void {
  xml.start('nodes');
  for (let at = 0; at < 5000; at += 1) {
    xml.emptyPair('attvalue', 'for', `n${at}`, 'value', `é 🌍 & ${'x'.repeat(at % 40)}`);
  }
  xml.end();
}

describe('the XML writer encodes as it goes', () => {
  it('hands out the same UTF-8 bytes in pieces as the text it holds', async () => {
    const whole = new XmlWriter();
    write(whole);
    const text = whole.take();
    expect(text.length).toBeGreaterThan(200_000);

    const chunks: Buffer[] = [];
    for await (const chunk of xmlStream(async function* (xml) {
      write(xml);
      yield;
      xml.start('end').end();
    })) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(2);
    expect(Buffer.concat(chunks).toString()).toBe(`${text}\n<end>\n</end>`);
  });
});
