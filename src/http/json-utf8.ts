// A JSON answer as UTF-8 bytes. This once replaced each non-ASCII string by its UTF-8 bytes held
// one per character, to keep V8 from building a large two-byte string (6 to 13 times slower past
// about 64,000 characters on the Node of the time); on Node 22 plain JSON.stringify is as fast or
// faster at every size measured (docs/performance.md, session 20), and the walk cost small answers
// several times their serialisation, so the bytes are now JSON.stringify's own.

/** `Buffer.from(JSON.stringify(value))`: the answer's bytes, handed to the response as they are. */
export function jsonUtf8(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value) ?? '');
}
