import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../src/schema/index.js';
import '../../src/dataset/load.js';
import '../../src/dataset/seed-database.js';
import type { Database } from '../../src/db/database.js';
import { namedQuery, registeredQueries } from '../../src/db/query.js';
import { NODE_ACTIVE_AT, RELATION_ACTIVE_AT } from '../../src/model/active-at.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';

/** Values that let Neo4j plan a query: EXPLAIN checks every parameter is given, not its value. */
const EXAMPLE_PARAMS: Record<string, unknown> = {
  limit: 1,
  offset: 0,
  pageAfterKey: '',
  pageLimit: 1,
  pageTypes: ['MEMBER_OF'],
  top: 1,
  candidates: 1,
  keys: ['mes'],
  frontier: [],
  rows: [],
  ids: [],
  families: ['Actor'],
  kinds: ['Movement'],
  kindLabels: ['Movement'],
  distance: {},
  textQuery: 'mes',
  direction: 'BOTH',
};

function paramsOf(cypher: string): Record<string, unknown> {
  const names = new Set([...cypher.matchAll(/\$(\w+)/g)].map((match) => match[1] as string));
  return Object.fromEntries([...names].map((name) => [name, EXAMPLE_PARAMS[name] ?? null]));
}

let db: Database;

beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
});

afterAll(() => db.close());

describe('named queries', () => {
  it('plans every named query, every shortestPath variant included', async () => {
    const queries = registeredQueries();
    const names = queries.map((query) => query.name);
    expect(names).toContain('shortestPath8');
    expect(names).toContain('shortestPathTyped1');
    expect(new Set(names).size).toBe(names.length);
    for (const query of queries) {
      await expect(
        db.read(`EXPLAIN ${query.cypher}`, paramsOf(query.cypher)),
        query.name,
      ).resolves.toEqual([]);
    }
  }, 240_000);

  it('sends the query name as transaction metadata, visible in SHOW TRANSACTIONS', async () => {
    const slow = namedQuery(
      'slowCountForMetadataTest',
      'UNWIND range(1, 30000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n',
      (row) => row.n,
    );
    // The slow query only needs to run long enough to be seen; it is stopped once it is.
    const running = db.read(slow).catch(() => undefined);
    let seen: { id: string; metaData: unknown }[] = [];
    for (let attempt = 0; attempt < 200 && seen.length === 0; attempt += 1) {
      const rows = await db.read(
        'SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery WHERE currentQuery STARTS WITH "UNWIND range" RETURN transactionId AS id, metaData',
      );
      seen = rows.map((row) => ({ id: String(row.id), metaData: row.metaData }));
      if (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const { id } of seen) {
      await db.write('TERMINATE TRANSACTIONS $id', { id }).catch(() => undefined);
    }
    await running;
    expect(seen.map((transaction) => transaction.metaData)).toContainEqual({
      query: 'slowCountForMetadataTest',
    });
  });
});

describe('the activeAt rule', () => {
  /** Evaluates the rule on literal maps standing for the relationship and its two ends. */
  async function relationActive(
    r: Record<string, unknown>,
    a: Record<string, unknown>,
    b: Record<string, unknown>,
    activeAt: number | null,
  ): Promise<boolean> {
    const [row] = await db.read(
      `WITH $r AS r, $a AS a, $b AS b RETURN ${RELATION_ACTIVE_AT} AS active`,
      { r, a, b, activeAt },
    );
    return row?.active === true;
  }

  it('holds every relationship when no year is asked', async () => {
    expect(await relationActive({ sinceYear: 2020 }, {}, {}, null)).toBe(true);
  });

  it('counts from `since` when there is one', async () => {
    expect(await relationActive({ sinceYear: 2015 }, {}, {}, 2014)).toBe(false);
    expect(await relationActive({ sinceYear: 2015 }, {}, {}, 2015)).toBe(true);
  });

  it('without `since`, counts from the first year a source lists it', async () => {
    const attested = { attested: [2012, 2019] };
    expect(await relationActive(attested, { startYear: 1990 }, {}, 2011)).toBe(false);
    expect(await relationActive(attested, { startYear: 1990 }, {}, 2012)).toBe(true);
  });

  it('without `since` or sightings, counts from the founding of the later end', async () => {
    const ends = [{ startYear: 2002 }, { startYear: 2010 }] as const;
    expect(await relationActive({}, ends[0], ends[1], 2009)).toBe(false);
    expect(await relationActive({}, ends[0], ends[1], 2010)).toBe(true);
    expect(await relationActive({}, ends[1], ends[0], 2009)).toBe(false);
    expect(await relationActive({}, {}, {}, 1900)).toBe(true);
  });

  it('stops after `until`', async () => {
    expect(await relationActive({ sinceYear: 2004, untilYear: 2011 }, {}, {}, 2011)).toBe(true);
    expect(await relationActive({ sinceYear: 2004, untilYear: 2011 }, {}, {}, 2012)).toBe(false);
  });

  it('keeps a node from its start year, and a node of unknown start always', async () => {
    const nodeActive = async (n: Record<string, unknown>, activeAt: number) => {
      const [row] = await db.read(`WITH $n AS n RETURN ${NODE_ACTIVE_AT} AS active`, {
        n,
        activeAt,
      });
      return row?.active;
    };
    expect(await nodeActive({ startYear: 2002 }, 2001)).toBe(false);
    expect(await nodeActive({ startYear: 2002 }, 2002)).toBe(true);
    expect(await nodeActive({}, 1950)).toBe(true);
  });
});
