import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { listen } from '../../../src/server.js';
import { createApp } from '../../../src/yoga.js';
import { connectTestDatabase, loadCuratedGraph } from '../../support/database.js';

/** The API in-process on a free loopback port, over the curated graph; `url()` is its origin. */
export function useServer(): { url: () => string } {
  let db: Database | undefined;
  let server: Server | undefined;
  let port = 0;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await loadCuratedGraph(db);
    server = await listen(createApp({ db }), 0, '127.0.0.1');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });
  return { url: () => `http://127.0.0.1:${port}` };
}
