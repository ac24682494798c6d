import { createServer, type Server } from 'node:http';
import type { App } from './yoga.js';

/** Listens on `port` (0 picks a free one) and resolves with the bound server. */
export function listen(app: App, port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
