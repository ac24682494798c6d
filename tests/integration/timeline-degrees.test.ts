import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadSyntheticGraph,
  removeSyntheticGraph,
  type SyntheticShape,
} from '../../bench/scale/synthetic-graph.js';
import {
  type RelationFilter,
  type RelationSpec,
  relationCountsOfKeys,
  relationsOfKeys,
} from '../../src/graph/relations.js';
import { CAPS } from '../../src/limits.js';
import { WHOLE_READS } from '../../src/model/projection.js';
import { STATS_HEADER } from '../../src/plugins/db-stats.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();

let shape: SyntheticShape;
beforeAll(async () => {
  shape = await loadSyntheticGraph(db(), 10_000);
});
afterAll(() => removeSyntheticGraph(db()));

const EVERY_RELATION: RelationFilter = { types: null, direction: 'BOTH', activeAt: null };
const TIMELINE_PAGE: RelationSpec = {
  ...EVERY_RELATION,
  after: null,
  limit: CAPS.timelineRelations,
  brief: WHOLE_READS,
  otherDegrees: true,
};

// The timeline's other ends are counted where the page is read (issue 25: a hub's timeline).
describe("a timeline's other ends, counted with its page", () => {
  it('have the counts relationCounts gives, on a small node (walked) and a hub (indexes)', async () => {
    for (const key of ['mes', shape.hubs[0]?.key ?? '']) {
      const [edges = []] = await relationsOfKeys(db(), [key], TIMELINE_PAGE);
      expect(edges.length).toBeGreaterThan(3);
      const counted = await relationCountsOfKeys(
        db(),
        edges.map((edge) => edge.other.key),
        EVERY_RELATION,
      );
      expect(edges.map((edge) => edge.otherDegree)).toEqual(counted);
    }
    // Not asked, not read.
    const [plain = []] = await relationsOfKeys(db(), ['mes'], {
      ...TIMELINE_PAGE,
      otherDegrees: false,
    });
    expect(plain.every((edge) => edge.otherDegree === undefined)).toBe(true);
  });

  it('answer timelineTruncated without a count of their keys', async () => {
    const hub = shape.hubs[0]?.key;
    const result = await executeText(
      app(),
      `{ actor(key: "${hub}") { timeline { other { key ... on Actor { timelineTruncated } } } } }`,
      { headers: { [STATS_HEADER]: '1' } },
    );
    expect(result.errors).toBeUndefined();
    const others = (result.data as Answer).actor.timeline
      .map((entry: Answer) => entry.other)
      .filter((other: Answer | null) => other && 'timelineTruncated' in other);
    expect(others.length).toBeGreaterThan(100);
    const counted = await relationCountsOfKeys(
      db(),
      others.map((other: Answer) => other.key),
      EVERY_RELATION,
    );
    expect(others.map((other: Answer) => other.timelineTruncated)).toEqual(
      counted.map((count) => count > CAPS.timelineRelations),
    );
    expect(result.extensions?.db?.byName).not.toHaveProperty('relationCounts');
  });
});
