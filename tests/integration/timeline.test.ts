import { afterAll, describe, expect, it } from 'vitest';
import { loadSyntheticGraph, removeSyntheticGraph } from '../../bench/scale/synthetic-graph.js';
import { STATS_HEADER } from '../../src/plugins/db-stats.js';
import { useCuratedApp } from '../support/curated-app.js';
import { type Answer, executeText } from '../support/graphql-client.js';

const { app, db } = useCuratedApp();
const withStats = { [STATS_HEADER]: '1' };

afterAll(() => removeSyntheticGraph(db()));

const ask = async (query: string) => {
  const result = await executeText(app(), query, { headers: withStats });
  expect(result.errors).toBeUndefined();
  return { data: result.data as Answer, byName: result.extensions?.db?.byName };
};

describe('Actor.timeline', () => {
  it('reads the other ends briefly when it selects only their identity, with the same entries', async () => {
    const entries = (other: string) =>
      `{ actor(key: "mes") { timeline { year kind summary disputed sources { key } other { ${other} } } } }`;
    const brief = await ask(entries('key name'));
    const whole = await ask(entries('key name ... on Actor { country }'));
    const timeline = whole.data.actor.timeline as Answer[];
    expect(timeline.length).toBeGreaterThan(3);
    expect(timeline.some((entry) => entry.other?.country)).toBe(true);
    const withoutCountry = timeline.map((entry) => ({
      ...entry,
      other: entry.other && { key: entry.other.key, name: entry.other.name },
    }));
    expect(brief.data.actor.timeline).toEqual(withoutCountry);
    // One relationship read each: the brief one never loads the other ends again.
    expect(brief.byName).toMatchObject({ relationsOfKeys: 1 });
    expect(whole.byName).toMatchObject({ relationsOfKeys: 1 });
    // Asked both ways in one request, the two readings are two reads: were the identity-only
    // selection read whole too, both would share one page.
    const both = await ask(`{ actor(key: "mes") {
      brief: timeline { other { key name } }
      whole: timeline { other { key name ... on Actor { country } } } } }`);
    expect(both.byName).toMatchObject({ relationsOfKeys: 2 });
    expect(both.data.actor.brief).toHaveLength(timeline.length);
  });

  it('says it was cut from the count of relationships, without reading them', async () => {
    const truncated = (key: string) => `{ actor(key: "${key}") { timelineTruncated } }`;
    const mes = await ask(truncated('mes'));
    expect(mes.data.actor.timelineTruncated).toBe(false);
    expect(mes.byName).not.toHaveProperty('relationsOfKeys');
    // The biggest synthetic hub of 10,000 relationships has more than the 1,000 a timeline reads.
    const shape = await loadSyntheticGraph(db(), 10_000);
    const hub = shape.hubs[0];
    expect(hub?.members).toBeGreaterThan(1_000);
    const both = await ask(
      `{ actor(key: "${hub?.key}") { timelineTruncated timeline { year summary } } }`,
    );
    expect(both.data.actor.timelineTruncated).toBe(true);
    expect((both.data.actor.timeline as Answer[]).length).toBeGreaterThan(0);
    // Four statements however many actors: the actor, its counts, its timeline's relationships
    // (walked for small nodes, then read from the indexes for the hub: relationsOfKeys.hubs).
    expect(Object.keys(both.byName ?? {}).sort()).toEqual([
      expect.stringMatching(/^entit/),
      'relationCounts',
      'relationsOfKeys',
      'relationsOfKeys.hubs',
    ]);
  });
});
