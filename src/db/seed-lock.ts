import { hostname } from 'node:os';
import { Neo4jError } from 'neo4j-driver';
import type { Database } from './database.js';

/** Another seed holds the lock: this one must not run (and must not report a success). */
export class SeedLockedError extends Error {}

const LOCK_CONSTRAINT =
  'CREATE CONSTRAINT seed_lock_name IF NOT EXISTS FOR (l:SeedLock) REQUIRE l.name IS UNIQUE';
// A seed that crashed leaves its lock behind; no seed takes anywhere near this long.
const EXPIRE_STALE = `MATCH (l:SeedLock {name: 'seed'})
WHERE l.at < datetime() - duration({minutes: $minutes}) DELETE l`;
const TAKE = `CREATE (:SeedLock {name: 'seed', owner: $owner, at: datetime()})`;
const HOLDER = `MATCH (l:SeedLock {name: 'seed'}) RETURN l.owner AS owner, toString(l.at) AS at`;
const RELEASE = `MATCH (l:SeedLock {name: 'seed', owner: $owner}) DELETE l`;

/**
 * Runs `work` while holding the seed lock, a node that a uniqueness constraint makes exclusive in
 * the database itself, so it holds across processes and machines.
 */
export async function withSeedLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const owner = `pid ${process.pid} on ${hostname()}`;
  await db.write(LOCK_CONSTRAINT);
  await db.write(EXPIRE_STALE, { minutes: 10 });
  try {
    await db.write(TAKE, { owner });
  } catch (error) {
    if (!(error instanceof Neo4jError && error.code.includes('ConstraintValidationFailed'))) {
      throw error;
    }
    const holder = (await db.read(HOLDER))[0];
    throw new SeedLockedError(
      `Another seed (${holder?.owner ?? 'unknown'}) has been running since ${holder?.at ?? 'a moment ago'}; ` +
        'nothing was changed. Run `npm run seed` again once it has finished.',
    );
  }
  try {
    return await work();
  } finally {
    await db.write(RELEASE, { owner });
  }
}
