import { requestOf } from '../http/request-scope.js';

type Log = (line: string) => void;

function describe(reason: unknown): string {
  // The stack goes to the server's log only, where it says which code forgot to await.
  if (reason instanceof Error) return reason.stack ?? `${reason.name}: ${reason.message}`;
  return String(reason);
}

/**
 * A promise that nobody awaited failed: log it, with the request it belongs to when known, and
 * keep serving. Node's default is to exit, which resets every other request in flight.
 */
export function guardUnhandledRejections(log: Log = console.error): void {
  process.on('unhandledRejection', (reason) => {
    const request = requestOf(reason);
    const where = request ? ` (request ${request})` : '';
    log(
      `solidarity-graph: unhandled rejection${where}, the API keeps serving: ${describe(reason)}`,
    );
  });
}
