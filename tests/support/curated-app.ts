import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { type App, createApp } from '../../src/yoga.js';
import { connectTestDatabase, loadCuratedGraph } from './database.js';

/** An in-process app over a freshly loaded curated graph, for a whole test file. */
export function useCuratedApp(): { app: () => App; db: () => Database } {
  let db: Database | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await loadCuratedGraph(db);
    app = createApp({ db });
  });
  afterAll(() => db?.close());
  return {
    app: () => app as App,
    db: () => db as Database,
  };
}
