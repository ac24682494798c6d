import { type DatabaseTarget, loadConfig } from '../config.js';
import { formatSummary } from '../dataset/load.js';
import { isGraphEmpty, seedDatabase } from '../dataset/seed-database.js';
import { type OpenDatabase, openDatabase } from '../db/open-database.js';
import { refreshPlannerStatistics } from '../db/planner-statistics.js';
import { applySchema } from '../model/apply-schema.js';

export interface BootOptions {
  /** Load data/ into a graph that holds no entity yet, as the server's first start does. */
  seedIfEmpty: boolean;
  /** Where progress lines go: standard error for commands whose standard output is their result. */
  log?: (line: string) => void;
  /**
   * Use the local Neo4j that the server or another command already runs on the data directory
   * (default), rather than start a second one that its lock would refuse.
   */
  useRunning?: boolean;
  /** NEO4J_URI or the local Neo4j, from the environment unless given. */
  target?: DatabaseTarget;
}

/**
 * The one start-up sequence of the server and of every command: open the database (NEO4J_URI or
 * the local Neo4j), apply cypher/schema.cypher, and load data/ into an empty graph when asked.
 */
export async function boot(options: BootOptions): Promise<OpenDatabase> {
  const log = options.log ?? console.log;
  const open = await openDatabase(options.target ?? loadConfig().database, {
    log,
    useRunning: options.useRunning ?? true,
  });
  try {
    await applySchema(open.db);
    if (options.seedIfEmpty && (await isGraphEmpty(open.db))) {
      log('Empty database: loading the curated dataset from data/ ...');
      log(formatSummary(await seedDatabase(open.db)));
      // Only after a load: at every start it would empty the plans of other API processes too.
      await refreshPlannerStatistics(open.db, { warn: log });
    }
    return open;
  } catch (error) {
    await open.close();
    throw error;
  }
}

/** Boots, runs `work` on the database, and closes what boot opened, whatever `work` does. */
export async function withBoot<T>(
  options: BootOptions,
  work: (open: OpenDatabase) => Promise<T>,
): Promise<T> {
  const open = await boot(options);
  try {
    return await work(open);
  } finally {
    await open.close();
  }
}
