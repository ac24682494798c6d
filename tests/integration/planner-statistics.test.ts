import { describe, expect, it } from 'vitest';
import { refreshPlannerStatistics } from '../../src/db/planner-statistics.js';
import { useCuratedApp } from '../support/curated-app.js';
import { connectTestDatabase } from '../support/database.js';
import { answerOf } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();

describe('planner statistics after a load', () => {
  it('resamples the indexes and empties the plan caches; queries then plan again and answer', async () => {
    const warnings: string[] = [];
    expect(await refreshPlannerStatistics(db(), { warn: (m) => warnings.push(m) })).toBe(true);
    expect(warnings).toEqual([]);
    const answer = await answerOf(app(), '{ actor(key: "mes") { memberships { totalCount } } }');
    // ESS France, the CTC, RIPESS Europe and Transiscope (mesn.11, 2023).
    expect(answer).toEqual({ actor: { memberships: { totalCount: 4 } } });
  });

  it('warns instead of failing when Neo4j cannot run the procedure', async () => {
    const closed = await connectTestDatabase();
    await closed.close();
    const warnings: string[] = [];
    expect(await refreshPlannerStatistics(closed, { warn: (m) => warnings.push(m) })).toBe(false);
    expect(warnings).toEqual([
      expect.stringContaining("could not refresh Neo4j's planner statistics"),
    ]);
  });
});
