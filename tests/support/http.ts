import type { App } from '../../src/yoga.js';

export interface RawResponse {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

/** Sends a request to the in-process app and keeps status, headers and the raw text. */
export async function send(app: App, path: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await app.fetch(`http://test${path}`, init);
  const text = await response.text();
  let body: RawResponse['body'] = {};
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    body = {};
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** POSTs a GraphQL document as JSON. */
export function postQuery(app: App, query: string, headers: Record<string, string> = {}) {
  return send(app, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

/** The error codes of a response, in order. */
export function codes(response: RawResponse): unknown[] {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
