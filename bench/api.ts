import type { AddressInfo } from 'node:net';
import type { Database } from '../src/db/database.js';
import { listen } from '../src/server.js';
import { createApp } from '../src/yoga.js';
import type { Cleanup } from './cleanup.js';

/** Serves the API in this process on a free loopback port; resolves with its /graphql URL. */
export async function startApi(db: Database, cleanup: Cleanup): Promise<string> {
  const server = await listen(createApp({ db }), 0, '127.0.0.1');
  cleanup.add(
    'stop the API',
    () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets of autocannon would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/graphql`;
}
