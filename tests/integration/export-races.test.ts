import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { type ApiProcess, startApiProcess } from '../support/api-process.js';
import { bearer, tokenFor } from '../support/auth.js';
import { connectTestDatabase, loadCuratedGraph } from '../support/database.js';

let db: Database;
let api: ApiProcess | undefined;
let token: string;
beforeAll(async () => {
  db = await connectTestDatabase();
  await loadCuratedGraph(db);
  token = await tokenFor(db, 'export-racer', 'curator');
});
afterAll(async () => {
  await api?.stop();
  await db?.close();
});

/** Each export format with the text its complete file ends with. */
const EXPORTS = [
  { file: 'graph.gexf', complete: (text: string) => text.trimEnd().endsWith('</gexf>') },
  { file: 'graph.graphml', complete: (text: string) => text.trimEnd().endsWith('</graphml>') },
  { file: 'graph.jsonld', complete: (text: string) => Boolean(JSON.parse(text)) },
  { file: 'graph.json', complete: (text: string) => Boolean(JSON.parse(text)) },
];

type Outcome = 'complete' | 'cut' | `unexpected: ${string}`;

async function exportOnce(base: string, file: string, complete: (text: string) => boolean) {
  const response = await fetch(`${base}/export/${file}`);
  if (response.status !== 200) return `unexpected: ${response.status}` as Outcome;
  try {
    const text = await response.text();
    return (complete(text) ? 'complete' : `unexpected: truncated ${file}`) as Outcome;
  } catch {
    // The body was cut mid-transfer: how a failing export tells the client.
    return 'cut' as Outcome;
  }
}

async function addSource(base: string, n: number) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(token) },
    body: JSON.stringify({
      query: 'mutation($input: AddSourceInput!) { addSource(input: $input) { graphVersion } }',
      variables: {
        input: {
          key: `race-${n}`,
          accessed: '2024-01-01',
          language: 'fr',
          publisher: 'race',
          title: `race ${n}`,
          url: `https://example.org/race/${n}`,
        },
      },
    }),
  });
  return response.status;
}

async function apiVersion(base: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ apiVersion }' }),
  });
  return response.status;
}

describe('exports racing writes on the API process', () => {
  it('cut only their own response: the process lives and every other request is answered', async () => {
    api = await startApiProcess({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0' });
    const base = api.base;
    const outcomes: Outcome[] = [];
    let writes = 0;
    // Rounds of 4 exports + 1 write a few ms later, until enough exports failed midway.
    for (let round = 0; round < 40 && outcomes.filter((o) => o === 'cut').length < 4; round++) {
      const exports = EXPORTS.map(({ file, complete }) => exportOnce(base, file, complete));
      await new Promise((resolve) => setTimeout(resolve, 3));
      const [written, probe, ...results] = await Promise.all([
        addSource(base, round),
        apiVersion(base),
        ...exports,
      ]);
      expect({ round, written, probe }).toEqual({ round, written: 200, probe: 200 });
      writes += 1;
      outcomes.push(...results);
    }
    expect(outcomes.filter((o) => o.startsWith('unexpected'))).toEqual([]);
    // The race happened: some exports saw the graph change and were cut.
    expect(outcomes.filter((o) => o === 'cut').length).toBeGreaterThan(0);
    expect(api.alive()).toBe(true);
    expect(await apiVersion(base)).toBe(200);
    // Each cut is logged with its request, as one line, and nothing went unhandled.
    expect(api.output()).toMatch(/GET \/export\/graph\.\w+ was cut after it started/);
    expect(api.output()).not.toMatch(/unhandled rejection|Unexpected error while handling/i);
    const [row] = await db.read(
      "MATCH (s:Source) WHERE s.key STARTS WITH 'race-' RETURN count(s) AS n",
    );
    expect(row?.n).toBe(writes);
  }, 240_000);
});
