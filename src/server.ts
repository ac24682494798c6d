import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { DomainError } from './domain-error.js';
import { errorBody } from './error-mapping.js';
import { withinRequest } from './http/request-scope.js';
import type { App } from './yoga.js';

/** The server could not listen: the port is taken or not allowed. */
export class ListenError extends Error {}

export interface ListenOptions {
  /** The API-side deadline of a request; the socket-level timeouts are set a little above it. */
  requestTimeoutMs?: number;
}

function explainListenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  if (error.code === 'EADDRINUSE') {
    return new ListenError(
      `Port ${port} on ${host} is already in use: stop the other server or set PORT.`,
    );
  }
  if (error.code === 'EACCES') {
    return new ListenError(`Not allowed to listen on port ${port}: choose a PORT above 1023.`);
  }
  if (error.code === 'EADDRNOTAVAIL') {
    return new ListenError(`Cannot listen on ${host}: no such local address.`);
  }
  return error;
}

/** Answers a request the API cannot take with a one-line coded error, and closes the connection. */
function refuse(res: ServerResponse, status: number, message: string): void {
  const body = errorBody(new DomainError('BAD_REQUEST', message));
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  res.end(body);
}

const TARGET_NOT_A_PATH = 'The request target must be a path such as /graphql, with a valid Host.';

/**
 * Answers CONNECT (an authority-form target, `api:443`) on its raw socket: Node hands it to a
 * `connect` listener instead of the request handler, and without one closes it with no answer.
 */
function refuseTunnel(socket: Duplex): void {
  const body = errorBody(new DomainError('BAD_REQUEST', TARGET_NOT_A_PATH));
  socket.on('error', () => {});
  socket.end(
    `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** A path target (`/graphql?x`) that makes a URL with the request's Host, as the adapter builds it. */
function isOriginForm(req: IncomingMessage): boolean {
  const target = req.url ?? '';
  return (
    target.startsWith('/') && URL.canParse(`http://${req.headers.host ?? 'localhost'}${target}`)
  );
}

/** Listens on `port` (0 picks a free one) and resolves with the bound server. */
export function listen(
  app: App,
  port: number,
  host = '0.0.0.0',
  options: ListenOptions = {},
): Promise<Server> {
  const server = createServer((req, res) => {
    // The body limit is checked on Content-Length, so a body must announce its length.
    if (req.headers['transfer-encoding'] && req.headers['content-length'] === undefined) {
      refuse(res, 411, 'A request body needs a Content-Length header.');
      return;
    }
    // `*` (TRACE *, OPTIONS *), absolute-form targets and unusable Host headers: the fetch adapter
    // would fail to build its URL and answer a 500 with a stack trace.
    if (!isOriginForm(req)) {
      refuse(res, 400, TARGET_NOT_A_PATH);
      return;
    }
    withinRequest(req, () => app(req, res));
  });
  server.on('connect', (_req, socket) => refuseTunnel(socket));
  const deadline = options.requestTimeoutMs ?? 15_000;
  // Slow clients cannot hold a socket: headers within 10 s, the whole request a little after the deadline.
  server.headersTimeout = 10_000;
  server.requestTimeout = deadline + 5_000;
  server.keepAliveTimeout = 5_000;
  // No maxRequestsPerSocket: past it Node answers 503 to clients that keep the socket (load tools do).
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(explainListenError(error, port, host)));
    server.listen(port, host, () => resolve(server));
  });
}
