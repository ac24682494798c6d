import { connect } from 'node:net';

/** The status line's code and the body of an answer to a raw HTTP request. */
export interface RawAnswer {
  status: number;
  text: string;
}

/**
 * Sends `head` (request line and headers, no blank line) over a new socket: for targets `fetch`
 * cannot send (`*`, absolute-form) and odd Host headers. Resolves when the server closes.
 */
export function sendRaw(port: number, head: string, timeoutMs = 20_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.end(`${head}\r\nConnection: close\r\n\r\n`);
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no answer within ${timeoutMs} ms`)),
    );
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
      const body = received.indexOf('\r\n\r\n');
      resolve({ status, text: body < 0 ? '' : received.slice(body + 4) });
    });
  });
}
