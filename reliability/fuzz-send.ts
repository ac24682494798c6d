import type { FuzzRequest } from './fuzz-cases.js';
import type { FuzzResponse } from './fuzz-run.js';
import { sendRaw } from './raw-http.js';

/** Sends fuzz requests to the API listening on `port`: raw ones over a socket, others by fetch. */
export function httpSender(port: number): (request: FuzzRequest) => Promise<FuzzResponse> {
  const base = `http://127.0.0.1:${port}`;
  return async (request) => {
    if (request.raw) return sendRaw(port, request.raw);
    const response = await fetch(base + request.path, request);
    return { status: response.status, text: await response.text() };
  };
}
