import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage } from 'node:http';

/** The request a piece of asynchronous work was started for, as a log names it. */
const scope = new AsyncLocalStorage<string>();

/** Errors a request met, for a later log line that runs outside the request's async context. */
const failures = new WeakMap<object, string>();

// Long targets (export selections) are cut: a log line names the request, it does not replay it.
const MAX_TARGET = 200;

/** Runs `work` (the handling of `req`) so that whatever it starts knows which request it serves. */
export function withinRequest<T>(req: Pick<IncomingMessage, 'method' | 'url'>, work: () => T): T {
  const target = req.url ?? '';
  const shown = target.length > MAX_TARGET ? `${target.slice(0, MAX_TARGET)}...` : target;
  return scope.run(`${req.method ?? '?'} ${shown}`, work);
}

/** "GET /export/graph.gexf" while serving that request, undefined outside any request. */
export function currentRequest(): string | undefined {
  return scope.getStore();
}

/** Remembers that the current request met `error` (socket events that rethrow it run outside it). */
export function noteFailure(error: Error): void {
  const request = currentRequest();
  if (request) failures.set(error, request);
}

/** The request `reason` belongs to: the one that met it, else the one whose work rejected
 * (Node runs rejection handlers in the rejected promise's async context). */
export function requestOf(reason: unknown): string | undefined {
  const noted = typeof reason === 'object' && reason !== null ? failures.get(reason) : undefined;
  return noted ?? currentRequest();
}
