// Characters XML 1.0 cannot hold at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE
// and U+FFFF): dropped. The first pattern only tells whether the slower second one must run.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// In an attribute, tab, LF and CR are written as references: a parser turns them into spaces.
const IN_ATTRIBUTE = /[&<>"\t\n\r]/g;
const IN_TEXT = /[&<>\r]/g;
const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const reference = (char: string) => REFERENCES[char] as string;

// Anything `escaped` could change in an attribute or in text: most values have none, one test.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const MAYBE_CHANGED = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escaped(value: string, special: RegExp): string {
  if (!MAYBE_CHANGED.test(value)) return value;
  const valid = MAYBE_INVALID.test(value) ? value.replace(INVALID, '') : value;
  special.lastIndex = 0;
  return special.test(valid) ? valid.replace(special, reference) : valid;
}

export type XmlAttributes = Record<string, string>;

function attributeText(attributes: XmlAttributes): string {
  let text = '';
  for (const name in attributes) {
    text += ` ${name}="${escaped(attributes[name] as string, IN_ATTRIBUTE)}"`;
  }
  return text;
}

const INDENTS = Array.from({ length: 16 }, (_, depth) => `\n${'  '.repeat(depth)}`);

/**
 * Text held as a string up to about this many characters, then encoded: a page's text as one rope
 * of small strings outlived the young generation and was copied and promoted (490 MB promoted for
 * a hub's 138 MB GEXF); short ropes die young.
 */
const ENCODE_AT = 32 * 1024;

/**
 * An XML document written as text, one element per line indented by two spaces: what
 * xmlbuilder2's pretty printer wrote, without the DOM nodes it made for every element (most of the
 * time of a GEXF export). Names are the writers' own constants; values are escaped.
 */
export class XmlWriter {
  private written = '<?xml version="1.0" encoding="UTF-8"?>';
  /** What was written before `written`, encoded. */
  private encoded: Buffer[] = [];
  private readonly open: string[] = [];

  private add(text: string): void {
    this.written += text;
    if (this.written.length >= ENCODE_AT) {
      this.encoded.push(Buffer.from(this.written));
      this.written = '';
    }
  }

  private line(): string {
    return INDENTS[this.open.length] ?? `\n${'  '.repeat(this.open.length)}`;
  }

  /** Opens an element; `end` closes it. */
  start(name: string, attributes: XmlAttributes = {}): this {
    this.add(`${this.line()}<${name}${attributeText(attributes)}>`);
    this.open.push(name);
    return this;
  }

  /** An element without content. */
  empty(name: string, attributes: XmlAttributes): this {
    this.add(`${this.line()}<${name}${attributeText(attributes)}/>`);
    return this;
  }

  /** `empty` with one or two attributes passed as they are, no object per element (GEXF's attvalues). */
  emptyPair(
    name: string,
    first: string,
    firstValue: string,
    second: string,
    secondValue: string,
  ): this {
    const values = `${first}="${escaped(firstValue, IN_ATTRIBUTE)}" ${second}="${escaped(secondValue, IN_ATTRIBUTE)}"`;
    this.add(`${this.line()}<${name} ${values}/>`);
    return this;
  }

  /** `text` with one attribute passed as it is, no object per element (GraphML's data). */
  textWith(name: string, attribute: string, value: string, content: string): this {
    const body = escaped(content, IN_TEXT);
    this.add(
      `${this.line()}<${name} ${attribute}="${escaped(value, IN_ATTRIBUTE)}">${body}</${name}>`,
    );
    return this;
  }

  /** An element holding text only, on one line. */
  text(name: string, attributes: XmlAttributes, content: string): this {
    const body = escaped(content, IN_TEXT);
    this.add(`${this.line()}<${name}${attributeText(attributes)}>${body}</${name}>`);
    return this;
  }

  /** Closes the innermost open element. */
  end(): this {
    const name = this.open.pop();
    if (name === undefined) throw new Error('XmlWriter.end: no element is open');
    this.add(`${this.line()}</${name}>`);
    return this;
  }

  /** The text written since the last call (of either). */
  take(): string {
    return Buffer.concat(this.takeBytes()).toString();
  }

  /** The text written since the last call (of either), as UTF-8. */
  takeBytes(): Buffer[] {
    const chunks = this.encoded;
    if (this.written) chunks.push(Buffer.from(this.written));
    this.encoded = [];
    this.written = '';
    return chunks;
  }
}

/**
 * An XML document streamed: `write` writes it step by step and yields after each page; the text
 * written so far goes out then, so memory holds one page.
 */
export async function* xmlStream(
  write: (xml: XmlWriter) => AsyncIterable<unknown>,
): AsyncGenerator<Buffer> {
  const xml = new XmlWriter();
  for await (const _step of write(xml)) yield* xml.takeBytes();
  yield* xml.takeBytes();
}
