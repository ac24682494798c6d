import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's, or behind a trusted reverse proxy (`TRUST_PROXY`) the last
 * `X-Forwarded-For` entry, the one that proxy added (earlier entries come from the client and can
 * be anything). Undefined for in-process requests, which have no socket.
 */
export function clientAddress(
  request: Request,
  req: IncomingMessage | undefined,
  trustProxy: boolean,
): string | undefined {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket?.remoteAddress;
}
