// The importer's commands read the graph's names once, then work in memory without the database.
import { loadConfig } from '../config.js';
import { isGraphEmpty, seedDatabase } from '../dataset/seed-database.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { readGraphNames } from '../import/graph-names.js';
import { Matcher } from '../import/match.js';
import { applySchema } from '../model/apply-schema.js';

/** Connects as `npm start` does (NEO4J_URI or the local Neo4j, loading data/ into an empty graph). */
export async function loadMatcher(): Promise<Matcher> {
  let open: OpenDatabase | undefined;
  const log = console.log;
  // The launcher reports on stdout; here stdout is the dry run's JSON, so its messages go to stderr.
  console.log = console.error;
  try {
    open = await openDatabase(loadConfig().database);
    await applySchema(open.db);
    if (await isGraphEmpty(open.db)) {
      console.error('Empty database: loading the curated dataset from data/ ...');
      await seedDatabase(open.db);
    }
    return new Matcher(await readGraphNames(open.db));
  } finally {
    console.log = log;
    await open?.close();
  }
}
