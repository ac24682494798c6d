import type { Database, TransactionRunner } from '../db/database.js';
import { namedQuery, type Row } from '../db/query.js';

export interface GraphVersion {
  /** Increases by one with every write (API or `npm run seed`); 0 before the first. */
  version: number;
  changedAt: string | null;
}

function toGraphVersion(row: Row | undefined): GraphVersion {
  const at = row?.changedAt;
  return {
    version: typeof row?.version === 'number' ? row.version : 0,
    changedAt: typeof at === 'string' ? new Date(at).toISOString() : null,
  };
}

const GRAPH_VERSION = namedQuery(
  'graphVersion',
  `
OPTIONAL MATCH (g:GraphMeta {id: 'graph'})
RETURN coalesce(g.version, 0) AS version, g.changedAt AS changedAt`,
  toGraphVersion,
);

// The SET takes the node's write lock first thing, so versioned writes run one after another.
export const BUMP_GRAPH_VERSION = namedQuery(
  'bumpGraphVersion',
  `
MERGE (g:GraphMeta {id: 'graph'})
SET g.version = coalesce(g.version, 0) + 1, g.changedAt = datetime.transaction()
RETURN g.version AS version, g.changedAt AS changedAt`,
  toGraphVersion,
);

export async function readGraphVersion(db: Database): Promise<GraphVersion> {
  const [version] = await db.read(GRAPH_VERSION);
  return version ?? toGraphVersion(undefined);
}

/** Increments the graph version inside `tx` (a versioned write) or on its own (after a load). */
export async function bumpGraphVersion(on: Database | TransactionRunner): Promise<GraphVersion> {
  const [version] =
    'write' in on ? await on.write(BUMP_GRAPH_VERSION) : await on.run(BUMP_GRAPH_VERSION);
  return version ?? toGraphVersion(undefined);
}
